import type { QueryDeepPartialEntity } from 'typeorm';
import {
  assertTransition,
  DomainError,
  type BookingStatus,
  type BookingStatusReason,
} from '@invataxi/domain';
import { bookingStatusMessages } from '@invataxi/queue';
import { BookingEntity } from './entities/booking.entity';
import { timesOfBooking } from './repositories/portal-sync.repository';
import { selectById, updateVersionedReturning } from './rows';
import type { UnitOfWork } from './unit-of-work';

export interface BookingTransition {
  bookingId: string;
  to: BookingStatus;
  /** The version the caller saw; null when the caller holds the row lock and read it itself. */
  expectedVersion: number | null;
  /** Other columns that change with the status (planned times, shift, reasons ...). */
  patch?: Partial<BookingEntity>;
  /** Why (booking.status_reason): a code with a text in kk/ru/en, never free text. */
  reason?: BookingStatusReason | null;
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
  | 'id'
  | 'status'
  | 'version'
  | 'shiftId'
  | 'statusReason'
  | 'channel'
  | 'plannedPickupAt'
  | 'plannedDropoffAt'
  | 'actualPickupAt'
  | 'actualDropoffAt'
>;

/** The audit row of a move and the work it starts (notify, dispatch, Portal sync). */
export function recordTransition(
  uow: UnitOfWork,
  before: Omit<BookingSnapshot, 'channel'>,
  after: BookingSnapshot,
): void {
  uow.audit({
    action: `booking.${after.status.toLowerCase()}`,
    entityType: 'booking',
    entityId: after.id,
    // The times as they stood at each version: the Portal's callback of a version sent late
    // carries them (PortalSyncRepository.statusesSince).
    before: {
      status: before.status,
      version: before.version,
      shiftId: before.shiftId,
      ...timesOfBooking(before),
    },
    after: {
      status: after.status,
      version: after.version,
      shiftId: after.shiftId,
      reason: after.statusReason,
      ...timesOfBooking(after),
    },
  });
  uow.enqueue(...bookingStatusMessages(after));
}

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
