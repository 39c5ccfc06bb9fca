import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementRequestEntity, ProcurementSizingEntity } from '@invataxi/persistence';
import { ProcurementAlertsService } from './procurement-alerts.service';
import { ProcurementCallbacksService } from './procurement-callbacks.service';
import { ProcurementController } from './procurement.controller';
import { ProcurementReportsService } from './procurement-reports.service';
import { ProcurementRequestsService } from './procurement-requests.service';
import { ProcurementSizingService } from './procurement-sizing.service';

/** The procurement fallback's API (issue 7): requests, alerts, reports, the system's callbacks. */
@Module({
  imports: [TypeOrmModule.forFeature([ProcurementRequestEntity, ProcurementSizingEntity])],
  controllers: [ProcurementController],
  providers: [
    ProcurementRequestsService,
    ProcurementSizingService,
    ProcurementAlertsService,
    ProcurementReportsService,
    ProcurementCallbacksService,
  ],
})
export class ProcurementModule {}
