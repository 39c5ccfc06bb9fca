import { Global, Module } from '@nestjs/common';
import { RIDER_SESSIONS } from '../egov/rider-sessions';
import { AbuseLimiter } from './abuse-limiter';
import { AccountController, InvitationsController, UsersController } from './account.controller';
import { AuthController, JwksController } from './auth.controller';
import { KeyRing } from './key-ring.service';
import { PhoneSignIn } from './phone-sign-in.service';
import { EgovRiderSessions } from './rider-sessions.provider';
import { SessionIssuer } from './session-issuer';
import { SignInSms } from './sms-sender';
import { StaffSignIn } from './staff-sign-in.service';
import { StaffService } from './staff.service';

/**
 * Identity (issue 19): sign-in by phone code and by password + TOTP, sessions with rotating
 * refresh tokens, the signing keys and their JWKS, staff invitations and user management.
 * SessionIssuer is exported for the eGov sign-in (openSession), and RIDER_SESSIONS (the eGov
 * module's interface) is provided here, with AbuseLimiter (the eGov start's per-address budget);
 * global, so the eGov module needs no import of it.
 */
@Global()
@Module({
  controllers: [AuthController, JwksController, AccountController, InvitationsController, UsersController],
  providers: [
    KeyRing,
    SessionIssuer,
    AbuseLimiter,
    SignInSms,
    PhoneSignIn,
    StaffSignIn,
    StaffService,
    { provide: RIDER_SESSIONS, useClass: EgovRiderSessions },
  ],
  exports: [SessionIssuer, KeyRing, RIDER_SESSIONS, AbuseLimiter],
})
export class IdentityModule {}
