import { Module } from '@nestjs/common';
import { IinCipherProvider } from '../beneficiaries/iin-cipher.provider';
import { EgovClient } from './egov-client';
import { EgovController } from './egov.controller';
import { EgovLogins } from './egov-logins';
import { EgovService } from './egov.service';

/** "Sign in with eGov" (OpenID Connect code flow with PKCE against EGOV_ISSUER_URL). */
@Module({
  controllers: [EgovController],
  providers: [IinCipherProvider, EgovClient, EgovLogins, EgovService],
})
export class EgovModule {}
