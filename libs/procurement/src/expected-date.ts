import {
  localDateOf,
  type LocalDate,
  type ProcurementMethod,
  type ProcurementStatus,
} from '@invataxi/domain';
import { expectedServiceDate, type ServiceDateRules } from './methods';

/** An open request that may serve the booking; all null when none is open. */
export interface BookingRequestState {
  status: ProcurementStatus | null;
  method: ProcurementMethod | null;
  createdAt: Date | null;
  submittedAt: Date | null;
  /** The booking's own request, AWARDED: when the award was applied. */
  awardedAt?: Date | null;
  /** AWARDED: the contract's first day (the award's contractStart), null when unknown. */
  contractStart?: LocalDate | null;
  /** AWARDED: when the supplier's first shift (not cancelled) starts, null while it has none. */
  firstShiftAt?: Date | null;
}

/** Whether the booking's own request was awarded: a provider is chosen and starting. */
export function providerChosenForBooking(requests: readonly BookingRequestState[] | null): boolean {
  return (requests ?? []).some((r) => r.status === 'AWARDED');
}

/**
 * The date a rider waiting for procurement may expect service from, for the honest message
 * (issue 7): from the booking's request when it is linked to an open one, else from the region's
 * open request that covers its pickup, else as if a DRAFT were created now (the booking turns
 * AWAITING_PROCUREMENT before demand is aggregated). `requests`: those open for the booking
 * (ProcurementRequestsRepository.openRequestsOfBooking); null, the booking is unknown, and so
 * is the date. Rules: PROCUREMENT_ESCALATION_DAYS and PROCUREMENT_ONBOARDING_DAYS.
 */
export function expectedServiceDateForBooking(
  requests: readonly BookingRequestState[] | null,
  rules: ServiceDateRules,
  now: Date = new Date(),
): LocalDate | null {
  if (requests === null || requests.length === 0) return null;
  // The booking's request awarded: the date its supplier's service starts, as the officer's
  // request and the GTFS feed give it (walk t25 m1: the rider read a new DRAFT's date instead;
  // M1: the rider, the officer and the feed gave three dates).
  const awarded = requests
    .filter((r) => r.status === 'AWARDED')
    .map((r) =>
      awardedServiceStart(
        {
          method: r.method,
          createdAt: r.createdAt ?? now,
          submittedAt: r.submittedAt,
          awardedAt: r.awardedAt ?? null,
          contractStart: r.contractStart ?? null,
          firstShiftAt: r.firstShiftAt ?? null,
        },
        rules,
        now,
      ),
    )
    .sort();
  if (awarded.length > 0) return awarded[0]!;
  const dates = requests.map((r) =>
    r.status
      ? expectedServiceDate(
          { status: r.status, method: r.method, createdAt: r.createdAt ?? now, submittedAt: r.submittedAt },
          rules,
          now,
        )
      : expectedServiceDate({ status: 'DRAFT', method: null, createdAt: now, submittedAt: null }, rules, now),
  );
  const known = dates.filter((d): d is LocalDate => d !== null).sort();
  return known[0] ?? null;
}

/**
 * The date an awarded request's riders were told service starts (walk t25b N5): the request's
 * expected date as it stood when the award was applied (`awardedAt`; the award itself makes
 * expectedServiceDate final, null). awardedServiceStart reads it.
 */
export function awardedServiceDate(
  award: {
    method: ProcurementMethod | null;
    createdAt: Date;
    submittedAt: Date | null;
    awardedAt: Date | null;
  },
  rules: ServiceDateRules,
  now: Date = new Date(),
): LocalDate {
  return expectedServiceDate(
    { status: 'PUBLISHED', method: award.method, createdAt: award.createdAt, submittedAt: award.submittedAt },
    rules,
    award.awardedAt ?? now,
  )!;
}

/** An awarded request as the service-start rule reads it: the award, its contract, its supplier's shifts. */
export interface AwardedService {
  method: ProcurementMethod | null;
  createdAt: Date;
  submittedAt: Date | null;
  awardedAt: Date | null;
  /** The contract's first day; null when unknown. */
  contractStart: LocalDate | null;
  /** When the supplier's first shift (not cancelled) starts; null while it has none. */
  firstShiftAt: Date | null;
}

/**
 * The one date an awarded request's service starts (walk t25 M1), which the rider's card and SMS,
 * the officer's card and the GTFS feed all give: the date its riders were told
 * (awardedServiceDate), not before the contract's first day, is the date service is expected by;
 * a supplier whose first shift comes earlier serves from that shift's day (its rides run then),
 * so the expected date is never later than the service a rider can already get.
 */
export function awardedServiceStart(
  a: AwardedService,
  rules: ServiceDateRules,
  now: Date = new Date(),
): LocalDate {
  const told = awardedServiceDate(a, rules, now);
  const expected = a.contractStart && a.contractStart > told ? a.contractStart : told;
  const shift = a.firstShiftAt ? localDateOf(a.firstShiftAt) : null;
  if (!shift || shift >= expected) return expected;
  // A shift before its contract serves nobody under it.
  return a.contractStart && shift < a.contractStart ? a.contractStart : shift;
}
