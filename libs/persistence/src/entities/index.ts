import { AppUserEntity } from './app-user.entity';
import { AuditLogEntity } from './audit-log.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { BillingActEntity } from './billing-act.entity';
import { BookingNotifiedEntity } from './booking-notified.entity';
import { BookingSeriesEntity } from './booking-series.entity';
import { BookingEntity } from './booking.entity';
import { DeadLetterEntity } from './dead-letter.entity';
import { DriverEntity } from './driver.entity';
import { GuardianshipEntity } from './guardianship.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { InboxEntity } from './inbox.entity';
import { LocationPingEntity } from './location-ping.entity';
import { NotificationEntity } from './notification.entity';
import { OutboxEntity } from './outbox.entity';
import { PlanRunEntity } from './plan-run.entity';
export type { PlanRunStatus } from './plan-run.entity';
export type { SizingStatus } from './procurement-sizing.entity';
export { PLAN_NOTE_WAITING_FOR_REGION } from './plan-run.entity';
import { PortalEligibilityEntity } from './portal-eligibility.entity';
import { PortalSyncStateEntity } from './portal-sync-state.entity';
import { ProcurementAlertEntity } from './procurement-alert.entity';
import { DispatchAlertEntity } from './dispatch-alert.entity';
import { ProcurementRequestEntity } from './procurement-request.entity';
import { ProcurementSizingEntity } from './procurement-sizing.entity';
import { RefusedRequestEntity } from './refused-request.entity';
import { ProviderContractEntity } from './provider-contract.entity';
import { ProviderServiceAreaEntity } from './provider-service-area.entity';
import { ProviderEntity } from './provider.entity';
import { RegionEntity } from './region.entity';
import { RouteStopEntity } from './route-stop.entity';
import { ServicePolicyEntity } from './service-policy.entity';
import { ShiftEntity } from './shift.entity';
import { StatusAnomalyEntity } from './status-anomaly.entity';
import { OperationsRollupEntity } from './operations-rollup.entity';
import { OperationsMonthRollupEntity } from './operations-month-rollup.entity';
import { OperationsRiderRollupEntity } from './operations-rider-rollup.entity';
import { VehicleEntity } from './vehicle.entity';
import { WhatIfRunEntity } from './whatif-run.entity';
export { WHATIF_RUN_KINDS, WHATIF_RUN_STATUSES } from './whatif-run.entity';
export type { WhatIfRunKind, WhatIfRunStatus } from './whatif-run.entity';
import {
  AuthSessionEntity,
  InvitationEntity,
  PhoneCodeEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
} from './identity.entity';

export {
  AppUserEntity,
  AuditLogEntity,
  BeneficiaryEntity,
  BillingActEntity,
  BookingNotifiedEntity,
  BookingSeriesEntity,
  BookingEntity,
  DeadLetterEntity,
  DispatchAlertEntity,
  DriverEntity,
  GuardianshipEntity,
  IdempotencyRecordEntity,
  InboxEntity,
  LocationPingEntity,
  NotificationEntity,
  OutboxEntity,
  PlanRunEntity,
  PortalEligibilityEntity,
  PortalSyncStateEntity,
  ProcurementAlertEntity,
  ProcurementRequestEntity,
  ProcurementSizingEntity,
  RefusedRequestEntity,
  ProviderContractEntity,
  ProviderServiceAreaEntity,
  ProviderEntity,
  RegionEntity,
  RouteStopEntity,
  ServicePolicyEntity,
  ShiftEntity,
  StatusAnomalyEntity,
  OperationsRollupEntity,
  OperationsMonthRollupEntity,
  OperationsRiderRollupEntity,
  VehicleEntity,
  WhatIfRunEntity,
  AuthSessionEntity,
  InvitationEntity,
  PhoneCodeEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
};

/** Every entity; a new one must be listed here and get a migration (CI checks the drift). */
export const ALL_ENTITIES = [
  AppUserEntity,
  AuditLogEntity,
  BeneficiaryEntity,
  BillingActEntity,
  BookingNotifiedEntity,
  BookingSeriesEntity,
  BookingEntity,
  DeadLetterEntity,
  DispatchAlertEntity,
  DriverEntity,
  GuardianshipEntity,
  IdempotencyRecordEntity,
  InboxEntity,
  LocationPingEntity,
  NotificationEntity,
  OutboxEntity,
  PlanRunEntity,
  PortalEligibilityEntity,
  PortalSyncStateEntity,
  ProcurementAlertEntity,
  ProcurementRequestEntity,
  ProcurementSizingEntity,
  RefusedRequestEntity,
  ProviderContractEntity,
  ProviderServiceAreaEntity,
  ProviderEntity,
  RegionEntity,
  RouteStopEntity,
  ServicePolicyEntity,
  ShiftEntity,
  StatusAnomalyEntity,
  OperationsRollupEntity,
  OperationsMonthRollupEntity,
  OperationsRiderRollupEntity,
  VehicleEntity,
  WhatIfRunEntity,
  AuthSessionEntity,
  InvitationEntity,
  PhoneCodeEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
];
