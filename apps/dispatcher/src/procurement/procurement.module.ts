import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityRepository, ProcurementRequestEntity, ProcurementSizingEntity } from '@invataxi/persistence';
import { DispatchModelModule } from '@invataxi/dispatch';
import { ProviderRegistryModule } from '@invataxi/providers';
import { NotificationsModule } from '../notifications/notifications.module';
import { DemandAggregator } from './demand-aggregator';
import { LotSubmitter } from './lot-submitter';
import { OutcomeRecorder } from './outcome-recorder';
import { ProcurementProcessor } from './procurement.processor';
import { procurementSystemProvider } from './procurement-system.provider';
import { SupplierInvitations } from './supplier-invitations';

/** The procurement fallback's worker side (issue 7): aggregation, submission, outcomes, release. */
@Module({
  imports: [
    DispatchModelModule,
    // The riders waiting on an awarded lot are told (ProcurementWaitNews).
    NotificationsModule,
    ProviderRegistryModule,
    TypeOrmModule.forFeature([ProcurementRequestEntity, ProcurementSizingEntity]),
  ],
  providers: [
    procurementSystemProvider,
    DemandAggregator,
    LotSubmitter,
    OutcomeRecorder,
    IdentityRepository,
    SupplierInvitations,
    ProcurementProcessor,
  ],
  exports: [ProcurementProcessor],
})
export class ProcurementWorkerModule {}
