import { Module } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { IinCipher } from '@invataxi/persistence';
import { BillingActSigner } from './act-signature';
import { BillingActPayments } from './billing-act-payment';
import { EligibilityService, PORTAL_IIN_CIPHER } from './eligibility.service';
import { PORTAL_GATEWAY } from './portal-gateway';
import { PortalHttpClient } from './portal-http-client';
import { parseClientKeys } from './signature';

/** Key id -> secret of the Portal's signing keys (PORTAL_CLIENT_KEYS), validated at start-up. */
export const PORTAL_CLIENT_KEYS = Symbol('PORTAL_CLIENT_KEYS');

/**
 * The adapter's wiring for the API and the dispatcher: the signing keys, the HTTP client as the
 * PortalGateway, the eligibility service, the acts' payment answers and the akimat's act signer. Needs the platform's CONFIG and DataSource.
 */
@Module({
  providers: [
    {
      provide: PORTAL_CLIENT_KEYS,
      useFactory: (c: AppConfig) => parseClientKeys(c.PORTAL_CLIENT_KEYS),
      inject: [CONFIG],
    },
    {
      provide: PORTAL_GATEWAY,
      useFactory: (c: AppConfig, keys: Map<string, string>) =>
        new PortalHttpClient({
          baseUrl: c.PORTAL_URL,
          keyId: c.PORTAL_CLIENT_ID,
          secret: keys.get(c.PORTAL_CLIENT_ID) ?? '',
          timeoutMs: c.PORTAL_TIMEOUT_MS,
        }),
      inject: [CONFIG, PORTAL_CLIENT_KEYS],
    },
    { provide: PORTAL_IIN_CIPHER, useFactory: (c: AppConfig) => IinCipher.fromConfig(c), inject: [CONFIG] },
    EligibilityService,
    BillingActPayments,
    BillingActSigner,
  ],
  exports: [
    PORTAL_CLIENT_KEYS,
    PORTAL_GATEWAY,
    PORTAL_IIN_CIPHER,
    EligibilityService,
    BillingActPayments,
    BillingActSigner,
  ],
})
export class PortalAdapterModule {}
