import type { EntityManager } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';

export interface StatusAtVersion {
  version: number;
  status: BookingStatus;
  reason: string | null;
  at: Date;
}

/**
 * The statuses a booking passed through after `afterVersion`, oldest first, read from the audit
 * log that every transition writes (before/after hold status and version, no personal data).
 * The Portal is told each of them in order, not only the latest.
 */
export async function statusesSince(
  m: EntityManager,
  bookingId: string,
  afterVersion: number,
  upToVersion: number,
): Promise<StatusAtVersion[]> {
  const rows: { version: number; status: BookingStatus; reason: string | null; at: Date }[] = await m.query(
    `SELECT DISTINCT ON ((after->>'version')::int)
            (after->>'version')::int AS version, after->>'status' AS status, after->>'reason' AS reason, at
       FROM audit_log
      WHERE entity_type = 'booking' AND entity_id = $1
        AND after ? 'status' AND after ? 'version'
        AND (after->>'version')::int > $2 AND (after->>'version')::int <= $3
      ORDER BY (after->>'version')::int, id DESC`,
    [bookingId, afterVersion, upToVersion],
  );
  return rows;
}
