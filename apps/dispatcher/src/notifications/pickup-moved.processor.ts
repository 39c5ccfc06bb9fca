import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { BookingEntity, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { STILL_TRUE_IN } from '@invataxi/notifications';
import { JobName, OnJob, type JobOf } from '@invataxi/queue';
import { CLOCK, type Clock } from '@invataxi/domain';
import { NotificationPlanner } from './notification-planner';

/**
 * NotifyPickupMoved (enqueued by a dispatcher's override that moved this ride, issue 18): the
 * rider is told the new pickup time, naming the ride (date, from -> to). One message per rider
 * per change: the occasion is the new time, so a copy of the job plans nothing more, and a time
 * that is no longer the ride's is not announced (a later change has its own job).
 */
@Injectable()
export class PickupMovedProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnJob(JobName.NotifyPickupMoved)
  async run(payload: JobOf<JobName.NotifyPickupMoved>): Promise<{ created: number; skipped?: string }> {
    const booking = await this.bookings.findOneBy({ id: payload.bookingId });
    if (!booking || !STILL_TRUE_IN.PICKUP_TIME_CHANGED.includes(booking.status))
      return { created: 0, skipped: 'NOT_SCHEDULED' };
    const at = new Date(payload.plannedPickupAt);
    if (booking.plannedPickupAt?.getTime() !== at.getTime()) return { created: 0, skipped: 'MOVED_ON' };
    const now = this.clock.now();
    const ids = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
      this.planner.plan(uow, {
        booking,
        kind: 'PICKUP_TIME_CHANGED',
        occasion: `moved.${at.getTime()}`,
        now,
      }),
    );
    return { created: ids.length };
  }
}
