import { OperationsRollupVehicleLateNoShow1796660860000 } from './1796660860000-OperationsRollupVehicleLateNoShow';
import { OperationsRollupOneOutcome1796660875000 } from './1796660875000-OperationsRollupOneOutcome';
import { NotificationPendingSendAfter1796660850000 } from './1796660850000-NotificationPendingSendAfter';
import { AuditRefusedAttemptAt1796660600000 } from './1796660600000-AuditRefusedAttemptAt';
import { RefusedRequest1796660700000 } from './1796660700000-RefusedRequest';
import { OperationsRollupMissCauses1796660500000 } from './1796660500000-OperationsRollupMissCauses';
import { DriverLicenceValidity1796623750418 } from './1796623750418-DriverLicenceValidity';
import { Initial1795586390267 } from './1795586390267-Initial';
import { SeedRegions1795586400000 } from './1795586400000-SeedRegions';
import { PortalIntegration1795587196167 } from './1795587196167-PortalIntegration';
import { ProcurementAlert1795587329374 } from './1795587329374-ProcurementAlert';
import { PlanRun1795588310774 } from './1795588310774-PlanRun';
import { IdempotencyClaimToken1795599810014 } from './1795599810014-IdempotencyClaimToken';
import { BookingNotified1795603110320 } from './1795603110320-BookingNotified';
import { BeneficiaryBookingSeq1795690000000 } from './1795690000000-BeneficiaryBookingSeq';
import { BillingActVersions1796605028915 } from './1796605028915-BillingActVersions';
import { PlanProposal1796610476061 } from './1796610476061-PlanProposal';
import { DispatchAlert1796610713237 } from './1796610713237-DispatchAlert';
import { StatusAnomaly1796610800000 } from './1796610800000-StatusAnomaly';
import { StepFreeBoarding1796611652205 } from './1796611652205-StepFreeBoarding';
import { Identity1796612000000 } from './1796612000000-Identity';
import { DispatchAlertKinds1796612443451 } from './1796612443451-DispatchAlertKinds';
import { ProcurementAward1796614066663 } from './1796614066663-ProcurementAward';
import { OnePlanRunOpenPerDay1796622588195 } from './1796622588195-OnePlanRunOpenPerDay';
import { OperationsRollup1796623000000 } from './1796623000000-OperationsRollup';
import { InvitationResendRevoke1796623800000 } from './1796623800000-InvitationResendRevoke';
import { OperationsMonthRollup1796626029519 } from './1796626029519-OperationsMonthRollup';
import { ProcurementLotPeriod1796627000000 } from './1796627000000-ProcurementLotPeriod';
import { NoShowEvidence1796628000000 } from './1796628000000-NoShowEvidence';
import { NotificationPickupAt1796628100000 } from './1796628100000-NotificationPickupAt';
import { OperationsRiderRollup1796633772280 } from './1796633772280-OperationsRiderRollup';
import { PolicyProcurementLot1796634000000 } from './1796634000000-PolicyProcurementLot';
import { WhatIfRun1796650000000 } from './1796650000000-WhatIfRun';
import { NoShowDisputeUntil1796660000000 } from './1796660000000-NoShowDisputeUntil';
import { NoShowDisputeReason1796660100000 } from './1796660100000-NoShowDisputeReason';
import { DispatchAlertUndone1796660400000 } from './1796660400000-DispatchAlertUndone';
import { NoShowForgivenReason1796634832097 } from './1796634832097-NoShowForgivenReason';
import { ProcurementSizing1796643984026 } from './1796643984026-ProcurementSizing';

/** Every migration in order. A new migration file must be added here. */
export const ALL_MIGRATIONS = [
  Initial1795586390267,
  SeedRegions1795586400000,
  PortalIntegration1795587196167,
  ProcurementAlert1795587329374,
  PlanRun1795588310774,
  IdempotencyClaimToken1795599810014,
  BookingNotified1795603110320,
  BeneficiaryBookingSeq1795690000000,
  BillingActVersions1796605028915,
  PlanProposal1796610476061,
  DispatchAlert1796610713237,
  StatusAnomaly1796610800000,
  StepFreeBoarding1796611652205,
  Identity1796612000000,
  DispatchAlertKinds1796612443451,
  ProcurementAward1796614066663,
  OnePlanRunOpenPerDay1796622588195,
  OperationsRollup1796623000000,
  DriverLicenceValidity1796623750418,
  InvitationResendRevoke1796623800000,
  OperationsMonthRollup1796626029519,
  ProcurementLotPeriod1796627000000,
  NoShowEvidence1796628000000,
  NotificationPickupAt1796628100000,
  OperationsRiderRollup1796633772280,
  PolicyProcurementLot1796634000000,
  NoShowForgivenReason1796634832097,
  ProcurementSizing1796643984026,
  WhatIfRun1796650000000,
  NoShowDisputeUntil1796660000000,
  NoShowDisputeReason1796660100000,
  DispatchAlertUndone1796660400000,
  OperationsRollupMissCauses1796660500000,
  AuditRefusedAttemptAt1796660600000,
  RefusedRequest1796660700000,
  NotificationPendingSendAfter1796660850000,
  OperationsRollupVehicleLateNoShow1796660860000,
  OperationsRollupOneOutcome1796660875000,
];
