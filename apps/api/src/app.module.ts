import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { AppConfig } from '@invataxi/config';
import { AccessGuard } from '@invataxi/auth';
import { PlatformModule, type Logger } from '@invataxi/platform';
import { AdminModule } from './admin/admin.module';
import { NotificationsModule } from './notifications/notifications.module';
import { HealthModule } from './health/health.module';
import { PortalModule } from './portal/portal.module';
import { DatabaseGate } from './http/database-gate';
import { ErrorFilter } from './http/error.filter';
import { HttpHelpersModule } from './http/http.module';
import { PoliciesModule } from './policies/policies.module';
import { BeneficiariesModule } from './beneficiaries/beneficiaries.module';
import { BookingsModule } from './bookings/bookings.module';
import { FleetModule } from './fleet/fleet.module';
import { ProvidersModule } from './providers/providers.module';
import { GazetteerModule } from './gazetteer/gazetteer.module';
import { WebModule } from './web/web.module';
import { ProcurementModule } from './procurement/procurement.module';
import { DispatchConsoleModule } from './dispatch/dispatch.module';
import { DriverModule } from './driver/driver.module';
import { IdentityModule } from './identity/identity.module';
import { EgovModule } from './egov/egov.module';
import { ReportsModule } from './reports/reports.module';
import { GtfsModule } from './gtfs/gtfs.module';
import { WhatIfApiModule } from './whatif/whatif.module';

/**
 * Feature modules of the API. A new feature adds its module here. A function, not a constant:
 * the web module looks for the built app when the api is created, not when this file is first
 * imported (the browser suite imports the api, then builds the app).
 */
export const featureModules = (): (DynamicModule | Type)[] => [
  HealthModule,
  AdminModule,
  ProvidersModule,
  FleetModule,
  GazetteerModule,
  WebModule.forRoot(),
  HttpHelpersModule,
  PoliciesModule,
  BeneficiariesModule,
  BookingsModule,
  ProcurementModule,
  PortalModule,
  NotificationsModule,
  DispatchConsoleModule,
  DriverModule,
  IdentityModule,
  EgovModule,
  ReportsModule,
  GtfsModule,
  WhatIfApiModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger?: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config, 'api', logger), ...featureModules()],
      providers: [
        // Global guards run in this order: a request PostgreSQL cannot serve now is refused first.
        { provide: APP_GUARD, useClass: DatabaseGate },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
