// The repositories: every hand-written SQL statement of the system lives in one of them, in a
// class named for what it serves. Each is listed once here; PersistenceModule provides them all.
import type { Type } from '@nestjs/common';
import { DriverShiftsRepository } from './driver-shifts.repository';
import { ServicePoliciesRepository } from './service-policies.repository';
import { ProcurementReportsRepository } from './procurement-reports.repository';
import { RegionsRepository } from './regions.repository';
import { PortalInboxRepository } from './portal-inbox.repository';
import { BeneficiariesRepository } from './beneficiaries.repository';
import { DispatchConsoleRepository } from './dispatch-console.repository';
import { DeadLettersRepository } from './dead-letters.repository';
import { DispatchAlertsRepository } from './dispatch-alerts.repository';
import { FleetRepository } from './fleet.repository';
import { ProviderDirectoryRepository } from './provider-directory.repository';
import { BillingActsRepository } from './billing-acts.repository';
import { PortalSyncRepository } from './portal-sync.repository';
import { ProcurementDemandRepository } from './procurement-demand.repository';
import { ProcurementRequestsRepository } from './procurement-requests.repository';
import { PlanningRepository } from './planning.repository';
import { BookingsRepository } from './bookings.repository';
import { DispatchRepository } from './dispatch.repository';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';
import { NotificationsRepository } from './notifications.repository';
import { OutboxRepository } from './outbox.repository';
import { StuckBookingsRepository } from './stuck-bookings.repository';
import { CoverageRepository } from './coverage.repository';
import { PlannedWorkRepository } from './planned-work.repository';
import { ProviderContractsRepository } from './provider-contracts.repository';
import { RoutesRepository } from './routes.repository';
import { BookingQueriesRepository } from './booking-queries.repository';
import { BookingSeriesRepository } from './booking-series.repository';
import { GuardianshipsRepository } from './guardianships.repository';
import { StatusAnomaliesRepository } from './status-anomalies.repository';
import { IdentityRepository } from './identity.repository';
import { OperationsFiguresRepository } from './operations-figures.repository';
import { RefusedRequestsRepository } from './refused-requests.repository';
import { WhatIfRepository } from './whatif.repository';
import { WhatIfRunsRepository } from './whatif-runs.repository';

export const PERSISTENCE_REPOSITORIES: Type[] = [
  IdentityRepository,
  ProviderDirectoryRepository,
  FleetRepository,
  DispatchRepository,
  PlanningRepository,
  ProcurementRequestsRepository,
  ProcurementDemandRepository,
  PortalSyncRepository,
  BillingActsRepository,
  BookingsRepository,
  IdempotencyKeysRepository,
  NotificationsRepository,
  OutboxRepository,
  StuckBookingsRepository,
  CoverageRepository,
  PlannedWorkRepository,
  ProviderContractsRepository,
  DriverShiftsRepository,
  RoutesRepository,
  ServicePoliciesRepository,
  ProcurementReportsRepository,
  RegionsRepository,
  PortalInboxRepository,
  BeneficiariesRepository,
  BookingQueriesRepository,
  BookingSeriesRepository,
  GuardianshipsRepository,
  DispatchConsoleRepository,
  DeadLettersRepository,
  DispatchAlertsRepository,
  StatusAnomaliesRepository,
  OperationsFiguresRepository,
  RefusedRequestsRepository,
  WhatIfRepository,
  WhatIfRunsRepository,
];

export * from './provider-directory.repository';
export * from './fleet.repository';
export * from './refused-requests.repository';
export * from './whatif.repository';
export * from './whatif-runs.repository';
export * from './dispatch.repository';
export * from './planning.repository';
export * from './procurement-requests.repository';
export * from './procurement-demand.repository';
export * from './portal-sync.repository';
export * from './billing-acts.repository';
export * from './bookings.repository';
export * from './idempotency-keys.repository';
export * from './notifications.repository';
export * from './outbox.repository';
export * from './stuck-bookings.repository';
export * from './coverage.repository';
export * from './planned-work.repository';
export * from './provider-contracts.repository';
export * from './driver-shifts.repository';
export * from './routes.repository';
export * from './service-policies.repository';
export * from './procurement-reports.repository';
export * from './regions.repository';
export * from './portal-inbox.repository';
export * from './beneficiaries.repository';
export * from './booking-queries.repository';
export * from './booking-series.repository';
export * from './guardianships.repository';
export * from './dispatch-console.repository';
export * from './dead-letters.repository';
export * from './dispatch-alerts.repository';
export * from './status-anomalies.repository';
export * from './identity.repository';
export * from './operations-figures.repository';
