import { randomUUID } from 'node:crypto';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { assertTransition, DomainError, type BookingStatus } from '@invataxi/domain';
import { bookingStatusMessages } from '@invataxi/queue';
import { BookingEntity } from './entities/booking.entity';
import type { JsonObject } from './entities/json';
import { completeRow, hydrate, insertStatement, selectById, updateVersionedReturning } from './rows';
import type { UnitOfWork } from './unit-of-work';

export interface BookingTransition {
  bookingId: string;
  to: BookingStatus;
  /** The version the caller saw; null when the caller holds the row lock and read it itself. */
  expectedVersion: number | null;
  /** Other columns that change with the status (planned times, shift, reasons ...). */
  patch?: Partial<BookingEntity>;
  reason?: string | null;
}

/**
 * Every booking status change goes through here: the domain's transition table, the version
 * check (two dispatchers -> one success, one STALE_VERSION), an audit row and the outbox
 * fan-out, all in the caller's transaction.
 */
export async function transitionBooking(uow: UnitOfWork, t: BookingTransition): Promise<BookingEntity> {
  const current = await selectById(uow.manager, BookingEntity, t.bookingId, 'FOR UPDATE');
  if (!current) throw new DomainError('NOT_FOUND', { entity: 'booking', id: t.bookingId });
  if (t.expectedVersion !== null && current.version !== t.expectedVersion)
    throw new DomainError('STALE_VERSION', {
      entity: 'booking',
      expected: t.expectedVersion,
      actual: current.version,
    });
  assertTransition(current.status, t.to);
  const patch: Partial<BookingEntity> = { ...(t.patch ?? {}), status: t.to };
  if (t.reason !== undefined) patch.statusReason = t.reason;
  // The UPDATE and the re-read in one prepared round trip (the row is locked: it matches); a
  // patch with something other than plain columns goes through TypeORM as before.
  const fast = await updateVersionedReturning(uow.manager, BookingEntity, current.id, current.version, patch);
  let updated = fast?.row ?? null;
  if (!updated) {
    const repo = uow.manager.getRepository(BookingEntity);
    await repo.update(
      { id: current.id, version: current.version },
      patch as QueryDeepPartialEntity<BookingEntity>,
    );
    updated = await repo.findOneByOrFail({ id: current.id });
  }
  recordTransition(uow, current, updated);
  return updated;
}

type BookingSnapshot = Pick<
  BookingEntity,
  'id' | 'status' | 'version' | 'shiftId' | 'statusReason' | 'channel'
>;

/** The audit row of a move and the work it starts (notify, dispatch, Portal sync). */
function recordTransition(
  uow: UnitOfWork,
  before: Omit<BookingSnapshot, 'channel'>,
  after: BookingSnapshot,
): void {
  uow.audit({
    action: `booking.${after.status.toLowerCase()}`,
    entityType: 'booking',
    entityId: after.id,
    before: { status: before.status, version: before.version, shiftId: before.shiftId },
    after: {
      status: after.status,
      version: after.version,
      shiftId: after.shiftId,
      reason: after.statusReason,
    },
  });
  uow.enqueue(...bookingStatusMessages(after));
}

/** A new booking's columns: everything but what the database or the lifecycle sets. */
export type NewBooking = Partial<Omit<BookingEntity, 'id' | 'status' | 'statusReason' | 'version'>>;

/**
 * The person's bookings changed after a booking's checks read them (another booking for them was
 * written since): nothing was written; read and check again.
 */
export class PersonBookingsChanged extends Error {
  override readonly name = 'PersonBookingsChanged';
  constructor(readonly beneficiaryId: string) {
    super('the person booked meanwhile: check again');
  }
}

/**
 * A new booking, REQUESTED (audited with `requested`), and at once ACCEPTED unless it is held.
 * The history is what insert + transitionBooking would leave (v1 REQUESTED, v2 ACCEPTED, two
 * audit rows, the fan-out of v2), written with one INSERT: booking is the hot path, and the
 * re-read and the UPDATE were half its round trips.
 *
 * `bookingSeq` is the person's beneficiary.booking_seq read together with what the checks
 * counted (their month, their other rides). The same statement moves it on only while it still
 * has that value, and inserts only then: two bookings checked against the same month cannot both
 * land (the quota's last trip, an overlap), without holding the person's row lock from the read
 * on. A miss throws PersonBookingsChanged with nothing written.
 */
export async function createBooking(
  uow: UnitOfWork,
  values: NewBooking & { beneficiaryId: string },
  opts: { hold: string | null; requested: JsonObject; bookingSeq: number },
): Promise<BookingEntity> {
  const accept = opts.hold === null;
  if (accept) assertTransition('REQUESTED', 'ACCEPTED');
  // The id is chosen here so the audit and outbox rows can go with the INSERT in one round trip.
  // The timestamps are given, not the database's now(), so the row is known before it is written
  // (completeRow, for a request's response recorded in the INSERT's own statement): this
  // process's clock, the same host's where they run together; later updates stamp the
  // database's.
  const now = new Date();
  const row = {
    ...values,
    id: randomUUID(),
    shiftId: null,
    status: accept ? 'ACCEPTED' : 'REQUESTED',
    statusReason: accept ? null : opts.hold,
    version: accept ? 2 : 1,
    createdAt: now,
    updatedAt: now,
  } as BookingEntity;
  uow.audit({
    action: 'booking.requested',
    entityType: 'booking',
    entityId: row.id,
    after: { status: 'REQUESTED', ...opts.requested },
  });
  if (accept)
    recordTransition(
      uow,
      { id: row.id, status: 'REQUESTED', version: 1, shiftId: null, statusReason: null },
      row,
    );
  const insert = insertStatement(uow.manager, BookingEntity, row, 'seq');
  const p = insert.params.length;
  const [stored] = await uow.flushWith<Record<string, unknown>>(
    insert.sql,
    [...insert.params, values.beneficiaryId, opts.bookingSeq],
    `seq AS (
       UPDATE beneficiary SET booking_seq = booking_seq + 1
        WHERE id = $${p + 1} AND booking_seq = $${p + 2}
       RETURNING 1)`,
    () => completeRow(uow.manager, BookingEntity, row, now),
  );
  if (!stored) throw new PersonBookingsChanged(values.beneficiaryId);
  return hydrate(uow.manager, BookingEntity, stored);
}
