import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@invataxi/config';
import { PlatformModule, type Logger } from '@invataxi/platform';
import { DispatcherCoreModule } from './core/core.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PortalWorkerModule } from './portal/portal-worker.module';
import { SeriesModule } from './series/series.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { PlanningModule } from './planning/planning.module';
import { ProcurementWorkerModule } from './procurement/procurement.module';
import { WhatIfWorkerModule } from './whatif/whatif.module';

/** Feature modules of the worker: each registers its job handlers and sweep rules. */
export const WORKER_MODULES = [
  MaintenanceModule,
  DispatchModule,
  PlanningModule,
  ProcurementWorkerModule,
  SeriesModule,
  PortalWorkerModule,
  NotificationsModule,
  WhatIfWorkerModule,
];

@Module({})
export class DispatcherModule {
  static forRoot(config: AppConfig, logger?: Logger): DynamicModule {
    return {
      module: DispatcherModule,
      imports: [
        PlatformModule.forRoot(config, 'dispatcher', logger),
        DispatcherCoreModule.forRoot(config),
        ...WORKER_MODULES,
      ],
    };
  }
}
