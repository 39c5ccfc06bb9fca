import { Module } from '@nestjs/common';
import { AbuseLimiter } from './abuse-limiter';
import { AccountController, InvitationsController, UsersController } from './account.controller';
import { AuthController, JwksController } from './auth.controller';
import { KeyRing } from './key-ring.service';
import { PhoneSignIn } from './phone-sign-in.service';
import { SessionIssuer } from './session-issuer';
import { SignInSms } from './sms-sender';
import { StaffSignIn } from './staff-sign-in.service';
import { StaffService } from './staff.service';

/**
 * Identity (issue 19): sign-in by phone code and by password + TOTP, sessions with rotating
 * refresh tokens, the signing keys and their JWKS, staff invitations and user management.
 * SessionIssuer is exported for the eGov sign-in (openSession).
 */
@Module({
  controllers: [AuthController, JwksController, AccountController, InvitationsController, UsersController],
  providers: [KeyRing, SessionIssuer, AbuseLimiter, SignInSms, PhoneSignIn, StaffSignIn, StaffService],
  exports: [SessionIssuer, KeyRing],
})
export class IdentityModule {}
