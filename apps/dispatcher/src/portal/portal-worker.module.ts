import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PortalAdapterModule } from '@invataxi/portal';
import {
  BeneficiaryEntity,
  BookingEntity,
  PortalSyncRepository,
  ServicePolicyEntity,
  StuckBookingsRepository,
} from '@invataxi/persistence';
import { SweepRegistry } from '../core/sweep-registry';
import { BillingActProcessor } from './billing-act.processor';
import { EligibilityRecheckProcessor } from './eligibility-recheck.processor';
import { PortalStatusProcessor } from './portal-status.processor';
import { requestedBookings, unacknowledgedPortalStatuses } from './portal-sweeps';

/** The Portal's side of the worker: status sync, billing acts, eligibility re-checks, their sweeps. */
@Module({
  imports: [
    PortalAdapterModule,
    TypeOrmModule.forFeature([BookingEntity, BeneficiaryEntity, ServicePolicyEntity]),
  ],
  providers: [PortalStatusProcessor, BillingActProcessor, EligibilityRecheckProcessor],
  exports: [PortalStatusProcessor, BillingActProcessor, EligibilityRecheckProcessor],
})
export class PortalWorkerModule implements OnModuleInit {
  constructor(
    private readonly sweeps: SweepRegistry,
    private readonly sync: PortalSyncRepository,
    private readonly bookings: StuckBookingsRepository,
  ) {}

  onModuleInit(): void {
    this.sweeps.add('portal-unacknowledged-statuses', unacknowledgedPortalStatuses(this.sync));
    this.sweeps.add('portal-requested-bookings', requestedBookings(this.bookings));
  }
}
