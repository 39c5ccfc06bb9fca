import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus, NotificationChannel } from '@invataxi/domain';
import { AppUserEntity, BeneficiaryEntity, BookingEntity, NotificationEntity } from '../entities';
import { hydrate, queryPrepared } from '../rows';
import type { UnitOfWork } from '../unit-of-work';

/** A message decided for one recipient and channel, before it is stored. */
export interface PlannedNotification {
  /** Unique: a second plan of the same message stores nothing. */
  dedupKey: string;
  bookingId: string;
  beneficiaryId: string;
  recipientUserId: string | null;
  channel: NotificationChannel;
  kind: string;
  language: string;
  text: string;
  segments: number;
  sendAfter: Date;
  /** The planned pickup the text states, if it states one. */
  pickupAt: Date | null;
  /** When it was planned, by the injectable clock (a demo's history plays on a moved one: t22 finding 7). */
  createdAt: Date;
}

/**
 * A message about a ride is no longer new a day after the ride's pickup window closed: the
 * rider's list shows it read from then on (t22 finding 7: a month of past notices as today's
 * "new messages").
 */
export const NEW_FOR_MS = 24 * 3600_000;

/** Only what reaching the rider needs: never the IIN, name or health columns. */
export type RiderContact = Pick<
  BeneficiaryEntity,
  'id' | 'phone' | 'language' | 'smsOptOut' | 'inAppOptOut' | 'notifyGuardians'
>;

/** A booking at a version and status, as the status-change notification job names it. */
export interface BookingStatusAtVersion {
  id: string;
  version: number;
  status: string;
}

/** The outcome of a delivery the channel accepted. */
export interface DeliveryReceipt {
  status: 'SENT' | 'DELIVERED';
  externalId: string | null;
  sentAt: Date;
  deliveredAt: Date | null;
}

/**
 * The later messages about a ride's plan to the same person and channel as one to deliver: whether
 * one reached them (or its words were known to them), and the kinds of those still waiting.
 */
export interface LaterPlanMessages {
  told: boolean;
  pendingKinds: string[];
}

/** Whose in-app messages are read: a rider's own (not their guardians'), or one user's. */
export type InAppReader = { kind: 'rider'; beneficiaryId: string } | { kind: 'user'; userId: string };

/** Where a booking is: what a staff member's scope is checked against. */
export interface BookingPlace {
  pickupKato: string;
  regionKato: string;
  shiftProviderId: string | null;
}

/** The rider's channel choices. */
export type NotificationPreferences = Pick<
  BeneficiaryEntity,
  'smsOptOut' | 'inAppOptOut' | 'notifyGuardians'
>;

/** Never lowers the mark: a late job for an older version (same status) leaves a newer one. */
const MARK_HANDLED = `INSERT INTO booking_notified (booking_id, version) VALUES ($1, $2)
  ON CONFLICT (booking_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now()
  WHERE booking_notified.version < EXCLUDED.version`;

/**
 * The rider notifications' statements: storing planned messages, delivering them, marking a
 * booking's status change handled, the recipients' contacts, and the reads of the reminder,
 * arrival and sweep jobs. The per-message statements are prepared (every status change runs them).
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the message unless its dedup key is taken; its id, or null when it was already planned. */
  async insertPlanned(m: EntityManager, n: PlannedNotification): Promise<string | null> {
    const rows = await queryPrepared<{ id: string }>(
      m,
      `INSERT INTO notification (dedup_key, booking_id, beneficiary_id, recipient_user_id, channel, kind,
         language, text, segments, status, send_after, pickup_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', $10, $11, $12)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [
        n.dedupKey,
        n.bookingId,
        n.beneficiaryId,
        n.recipientUserId,
        n.channel,
        n.kind,
        n.language,
        n.text,
        n.segments,
        n.sendAfter,
        n.pickupAt,
        n.createdAt,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Marks the booking's status change at `version` handled (the sweeper then leaves it alone). */
  async markStatusHandled(m: EntityManager, bookingId: string, version: number): Promise<void> {
    await queryPrepared(m, MARK_HANDLED, [bookingId, version]);
  }

  /**
   * The change that put the booking in `status` as of `version`: the latest transition into that
   * status at or before the version (transitionBooking's audit row), with the status before it
   * and who made it. A job for a later version in the same status (the sweeper's, after a write
   * that moved the version but not the status) finds the same change: the same message, not a
   * new one. A dispatcher's reassignment (booking.reassigned: new vehicle, new times, still
   * SCHEDULED) is a change of its own. All null when no such audit row exists.
   */
  async statusChangeOf(
    bookingId: string,
    status: string,
    version: number,
  ): Promise<{ from: string | null; actorRole: string | null; version: number | null }> {
    const rows = await queryPrepared<{ actor_role: string; from_status: string | null; version: number }>(
      this.ds.manager,
      `SELECT actor_role, before->>'status' AS from_status, (after->>'version')::int AS version FROM audit_log
        WHERE entity_type = 'booking' AND entity_id = $1 AND action = ANY($2::text[]) AND (after->>'version')::int <= $3
        ORDER BY (after->>'version')::int DESC, id DESC LIMIT 1`,
      [
        bookingId,
        [`booking.${status.toLowerCase()}`, ...(status === 'SCHEDULED' ? ['booking.reassigned'] : [])],
        version,
      ],
    );
    const r = rows[0];
    return { from: r?.from_status ?? null, actorRole: r?.actor_role ?? null, version: r?.version ?? null };
  }

  /**
   * The other leg of a ride there and back: the outbound of a return, or the return of an
   * outbound (the first one booked, if ever several). Null for a one-way ride.
   */
  async linkedLegOf(
    m: EntityManager,
    b: { id: string; returnOfBookingId: string | null },
  ): Promise<{ id: string; status: BookingStatus; requestedTime: Date; isReturn: boolean } | null> {
    const rows = await queryPrepared<{ id: string; status: BookingStatus; requested_time: Date }>(
      m,
      b.returnOfBookingId
        ? `SELECT id, status, requested_time FROM booking WHERE id = $1`
        : `SELECT id, status, requested_time FROM booking WHERE return_of_booking_id = $1
            ORDER BY created_at, id LIMIT 1`,
      [b.returnOfBookingId ?? b.id],
    );
    const r = rows[0];
    // isReturn: whether the other leg is the return (so the booking itself is the ride there).
    return r
      ? { id: r.id, status: r.status, requestedTime: r.requested_time, isReturn: !b.returnOfBookingId }
      : null;
  }

  /**
   * A message to deliver, its booking's status, and whether it is still worth sending (issue 18,
   * walk F5/F11/F19: one notice per change, the latest truth), in one round trip. `later`: the
   * later messages of `planKinds` about the same ride to the same person over the same channel
   * that count against this one: `told` when one of them reached them (or was dropped as
   * ALREADY_TOLD: they know its words), `pendingKinds` the kinds of those still waiting to go.
   * One dropped otherwise (the ride moved on, failed, opted out) tells nobody anything, so it
   * replaces nothing (issue 23 N3). `lastTold`: whether the last such message that reached them
   * stated the same pickup (to the minute) and said the very same words.
   */
  async findForDelivery(
    id: string,
    planKinds: readonly string[] = [],
  ): Promise<{
    notification: NotificationEntity;
    bookingStatus: BookingStatus | null;
    later: LaterPlanMessages;
    /** The last such message that reached them: did it state the same pickup, the same words? */
    lastTold: { samePickup: boolean | null; sameText: boolean } | null;
  } | null> {
    const m = this.ds.manager;
    const [row] = await queryPrepared<Record<string, unknown>>(
      m,
      `SELECT n.*, (SELECT b.status FROM booking b WHERE b.id = n.booking_id) AS "bookingStatus",
              (SELECT json_build_object(
                        'told', COALESCE(bool_or(o.status IN ('SENT', 'DELIVERED') OR o.error = 'ALREADY_TOLD'), false),
                        'pendingKinds', COALESCE(array_agg(DISTINCT o.kind) FILTER (WHERE o.status = 'PENDING'), '{}'))
                 FROM notification o
                WHERE n.kind = ANY($2::text[])
                  AND o.booking_id = n.booking_id AND o.channel = n.channel AND o.kind = ANY($2::text[])
                  AND o.beneficiary_id IS NOT DISTINCT FROM n.beneficiary_id
                  AND o.recipient_user_id IS NOT DISTINCT FROM n.recipient_user_id
                  AND o.created_at > n.created_at) AS "later",
              (SELECT json_build_object(
                        'samePickup', n.pickup_at IS NOT NULL
                          AND date_trunc('minute', o.pickup_at) = date_trunc('minute', n.pickup_at),
                        'sameText', o.text = n.text)
                 FROM notification o
                WHERE o.booking_id = n.booking_id AND o.channel = n.channel AND o.kind = ANY($2::text[])
                  AND o.beneficiary_id IS NOT DISTINCT FROM n.beneficiary_id
                  AND o.recipient_user_id IS NOT DISTINCT FROM n.recipient_user_id
                  AND o.created_at < n.created_at AND o.status IN ('SENT', 'DELIVERED')
                ORDER BY o.created_at DESC LIMIT 1) AS "lastTold"
         FROM notification n WHERE n.id = $1`,
      [id, planKinds],
    );
    if (!row) return null;
    return {
      notification: hydrate(m, NotificationEntity, row),
      bookingStatus: (row.bookingStatus as BookingStatus | null) ?? null,
      later: (row.later as LaterPlanMessages | null) ?? { told: false, pendingKinds: [] },
      lastTold: (row.lastTold as { samePickup: boolean | null; sameText: boolean } | null) ?? null,
    };
  }

  /**
   * What the rider was last told of a ride's pickup (walk t23 M5): the pickup time the latest
   * message stating one says (planned, "in N min", "running late"; one still to be sent counts,
   * so a ping does not plan a second), and when the last "running late" was planned.
   */
  async toldOf(bookingId: string): Promise<{ pickupAt: Date | null; lateAt: Date | null }> {
    const [row] = await queryPrepared<{ pickup_at: Date | null; late_at: Date | null }>(
      this.ds.manager,
      `SELECT (SELECT pickup_at FROM notification WHERE booking_id = $1 AND pickup_at IS NOT NULL
                 AND status IN ('PENDING', 'SENT', 'DELIVERED') ORDER BY created_at DESC LIMIT 1) AS pickup_at,
              (SELECT max(created_at) FROM notification WHERE booking_id = $1 AND kind = 'VEHICLE_LATE') AS late_at`,
      [bookingId],
    );
    return { pickupAt: row?.pickup_at ?? null, lateAt: row?.late_at ?? null };
  }

  /** Counts a delivery attempt of a message still PENDING. */
  async countAttempt(m: EntityManager, id: string): Promise<void> {
    await queryPrepared(
      m,
      `UPDATE notification SET attempts = attempts + 1 WHERE id = $1 AND status = 'PENDING'`,
      [id],
    );
  }

  /** Records the channel's receipt on a message still PENDING, with the unit's audit row in the same round trip. */
  async markSent(uow: UnitOfWork, id: string, r: DeliveryReceipt): Promise<void> {
    await uow.flushWith(
      `UPDATE notification SET status = $2, external_id = $3, sent_at = $4, delivered_at = $5, error = NULL
        WHERE id = $1 AND status = 'PENDING' RETURNING id`,
      [id, r.status, r.externalId, r.sentAt, r.deliveredAt],
    );
  }

  /**
   * The rider's contact and the language every message to them is written in: the language of
   * their own account (chosen on /profile, the one their pages are shown in), else the
   * beneficiary's language on record (a rider who never signed in). The one rule for the rider's
   * SMS and in-app texts (issue 18: a rider whose account said kk got Russian texts); a guardian
   * is written to in their own account's language.
   */
  async riderContactOf(m: EntityManager, beneficiaryId: string): Promise<RiderContact | null> {
    const rows = await queryPrepared<Record<string, unknown>>(
      m,
      `SELECT b.id, b.phone, b.sms_opt_out, b.in_app_opt_out, b.notify_guardians,
              COALESCE(
                (SELECT u.language FROM app_user u WHERE u.beneficiary_id = b.id AND u.role = 'BENEFICIARY'
                  ORDER BY u.created_at DESC, u.id LIMIT 1),
                b.language) AS language
         FROM beneficiary b WHERE b.id = $1`,
      [beneficiaryId],
    );
    return rows[0] ? hydrate(m, BeneficiaryEntity, rows[0]) : null;
  }

  /** The guardians' user rows in one round trip (each user once, as a lookup by their ids). */
  async guardianUsersOf(m: EntityManager, beneficiaryId: string): Promise<AppUserEntity[]> {
    const rows = await queryPrepared<Record<string, unknown>>(
      m,
      `SELECT * FROM app_user WHERE id IN (SELECT guardian_user_id FROM guardianship WHERE beneficiary_id = $1)`,
      [beneficiaryId],
    );
    return rows.map((r) => hydrate(m, AppUserEntity, r));
  }

  /** SCHEDULED rides whose pickup window opens in [from, to), in id order after `afterId`. */
  findScheduledPickupsPage(from: Date, to: Date, afterId: string, limit: number): Promise<BookingEntity[]> {
    return this.ds
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where(`b.status = 'SCHEDULED'`)
      .andWhere('b.pickup_earliest >= :from AND b.pickup_earliest < :to', { from, to })
      .andWhere('b.id > :after', { after: afterId })
      .orderBy('b.id')
      .limit(limit)
      .getMany();
  }

  /** Rides on their way whose planned pickup falls in (now, horizon] and that had no arrival alert. */
  findArrivalsDue(now: Date, horizon: Date, limit: number): Promise<BookingEntity[]> {
    return this.ds
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where(`b.status IN ('SCHEDULED', 'EN_ROUTE')`)
      .andWhere('b.planned_pickup_at > :now AND b.planned_pickup_at <= :horizon', { now, horizon })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM notification n WHERE n.booking_id = b.id AND n.kind = 'VEHICLE_ARRIVING')`,
      )
      .orderBy('b.planned_pickup_at')
      .limit(limit)
      .getMany();
  }

  /**
   * Messages still waiting to go, with their send time: those due by `dueBy`, or all (null).
   * For whoever moves the clock past them (the demo's history: DelayedJobs); read along
   * ix_notification_pending_send_after.
   */
  async pendingSendTimes(dueBy: Date | null): Promise<{ id: string; sendAfter: Date }[]> {
    const rows: { id: string; send_after: Date }[] = dueBy
      ? await this.ds.query(
          `SELECT id, send_after FROM notification WHERE status = 'PENDING' AND send_after <= $1`,
          [dueBy],
        )
      : await this.ds.query(
          `SELECT id, send_after FROM notification WHERE status = 'PENDING' AND send_after IS NOT NULL`,
        );
    return rows.map((r) => ({ id: r.id, sendAfter: new Date(r.send_after) }));
  }

  /** Messages still PENDING well after their send time (at most 5,000, oldest first). */
  async findStalePendingIds(staleBefore: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM notification WHERE status = 'PENDING' AND COALESCE(send_after, created_at) < $1
        ORDER BY created_at LIMIT 5000`,
      [staleBefore],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Bookings changed in [since, staleBefore) whose current version is not marked handled (at
   * most 5,000, oldest first). `statuses` (all of them) lets the (status, updated_at) index
   * serve the time range.
   */
  findUnnotifiedStatusChanges(
    staleBefore: Date,
    since: Date,
    statuses: readonly string[],
  ): Promise<BookingStatusAtVersion[]> {
    return this.ds.query(
      `SELECT b.id, b.version, b.status FROM booking b
        WHERE b.status = ANY($3::text[]) AND b.updated_at < $1 AND b.updated_at >= $2
          AND NOT EXISTS (SELECT 1 FROM booking_notified n WHERE n.booking_id = b.id AND n.version >= b.version)
        ORDER BY b.updated_at LIMIT 5000`,
      [staleBefore, since, statuses],
    );
  }

  /**
   * A rider's (not their guardians') or one user's in-app messages, the newest first: those due
   * by `now` (a message still settling may yet be suppressed, issue 18).
   */
  async inAppOf(
    reader: InAppReader,
    q: { unreadOnly: boolean; limit: number; now: Date },
  ): Promise<NotificationEntity[]> {
    const stale = new Date(q.now.getTime() - NEW_FOR_MS);
    const qb = this.ds
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoin('n.booking', 'b')
      .select([
        'n.id',
        'n.bookingId',
        'n.kind',
        'n.text',
        'n.createdAt',
        'n.sentAt',
        'n.sendAfter',
        'n.readAt',
        'b.id',
        'b.pickupLatest',
      ])
      .where(
        `n.channel = 'IN_APP' AND n.status <> 'SUPPRESSED' AND (n.send_after IS NULL OR n.send_after <= :now)`,
        { now: q.now },
      );
    if (reader.kind === 'rider')
      qb.andWhere('n.beneficiary_id = :b AND n.recipient_user_id IS NULL', { b: reader.beneficiaryId });
    else qb.andWhere('n.recipient_user_id = :u', { u: reader.userId });
    if (q.unreadOnly)
      qb.andWhere('n.read_at IS NULL AND (b.id IS NULL OR b.pickup_latest > :stale)', { stale });
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(q.limit).getMany();
    // About a ride long past: read as of a day after its window, unless the rider read it before.
    return rows.map((n) => {
      const over = n.booking ? new Date(n.booking.pickupLatest.getTime() + NEW_FOR_MS) : null;
      const { booking: _booking, ...row } = n;
      return Object.assign(new NotificationEntity(), row, {
        readAt: n.readAt ?? (over && over <= q.now ? over : null),
      });
    });
  }

  /** Where a booking is, for a staff member's scope: its pickup, its region, its shift's provider. */
  async placeOfBooking(m: EntityManager, bookingId: string): Promise<BookingPlace | null> {
    const rows: BookingPlace[] = await m.query(
      `SELECT b.pickup_kato AS "pickupKato", b.region_kato AS "regionKato", s.provider_id AS "shiftProviderId"
         FROM booking b LEFT JOIN shift s ON s.id = b.shift_id WHERE b.id = $1`,
      [bookingId],
    );
    return rows[0] ?? null;
  }

  /** The rider's channel choices, locked for a change. */
  lockPreferencesOf(m: EntityManager, beneficiaryId: string): Promise<NotificationPreferences | null> {
    return m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .select(['b.id', 'b.smsOptOut', 'b.inAppOptOut', 'b.notifyGuardians'])
      .where('b.id = :id', { id: beneficiaryId })
      .getOne();
  }

  async savePreferences(
    m: EntityManager,
    beneficiaryId: string,
    prefs: NotificationPreferences,
  ): Promise<void> {
    await m
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder()
      .update()
      .set(prefs)
      .where('id = :id', { id: beneficiaryId })
      .execute();
  }
}
