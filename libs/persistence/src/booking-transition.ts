import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { assertTransition, DomainError, type BookingStatus } from '@invataxi/domain';
import { bookingStatusMessages } from '@invataxi/queue';
import { BookingEntity } from './entities/booking.entity';
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
  const repo = uow.manager.getRepository(BookingEntity);
  const current = await repo.findOne({ where: { id: t.bookingId }, lock: { mode: 'pessimistic_write' } });
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
  await repo.update(
    { id: current.id, version: current.version },
    patch as QueryDeepPartialEntity<BookingEntity>,
  );
  const updated = await repo.findOneByOrFail({ id: current.id });
  uow.audit({
    action: `booking.${t.to.toLowerCase()}`,
    entityType: 'booking',
    entityId: current.id,
    before: { status: current.status, version: current.version, shiftId: current.shiftId },
    after: {
      status: updated.status,
      version: updated.version,
      shiftId: updated.shiftId,
      reason: updated.statusReason,
    },
  });
  uow.enqueue(...bookingStatusMessages(updated));
  return updated;
}
