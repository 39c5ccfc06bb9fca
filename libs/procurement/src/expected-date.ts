import type { LocalDate, ProcurementMethod, ProcurementStatus } from '@invataxi/domain';
import { expectedServiceDate, type ServiceDateRules } from './methods';

/** Anything that runs SQL (a DataSource or an EntityManager): this lib imports no ORM. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The date a rider waiting for procurement may expect service from, for the honest message
 * (issue 7): from the booking's request when it is linked to an open one, else from the region's
 * open request that covers its pickup, else as if a DRAFT were created now (the booking turns
 * AWAITING_PROCUREMENT before demand is aggregated). Null only when the booking is unknown.
 * Rules: PROCUREMENT_ESCALATION_DAYS and PROCUREMENT_ONBOARDING_DAYS.
 */
export async function expectedServiceDateForBooking(
  db: Queryable,
  bookingId: string,
  rules: ServiceDateRules,
  now: Date = new Date(),
): Promise<LocalDate | null> {
  const rows = (await db.query(
    `SELECT r.status, r.method, r.created_at, r.submitted_at
       FROM booking b
       LEFT JOIN procurement_request r
         ON r.status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')
        AND (r.id = b.procurement_request_id OR (r.region_kato = b.region_kato AND b.pickup_kato = ANY(r.uncovered_kato)))
      WHERE b.id = $1`,
    [bookingId],
  )) as {
    status: ProcurementStatus | null;
    method: ProcurementMethod | null;
    created_at: Date | null;
    submitted_at: Date | null;
  }[];
  if (rows.length === 0) return null;
  const dates = rows.map((r) =>
    r.status
      ? expectedServiceDate(
          { status: r.status, method: r.method, createdAt: r.created_at ?? now, submittedAt: r.submitted_at },
          rules,
          now,
        )
      : expectedServiceDate({ status: 'DRAFT', method: null, createdAt: now, submittedAt: null }, rules, now),
  );
  const known = dates.filter((d): d is LocalDate => d !== null).sort();
  return known[0] ?? null;
}
