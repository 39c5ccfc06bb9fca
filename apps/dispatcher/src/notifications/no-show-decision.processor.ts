import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { BookingEntity, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { JobName, OnJob, type JobOf } from '@invataxi/queue';
import { CLOCK, type Clock } from '@invataxi/domain';
import { NotificationPlanner } from './notification-planner';

/**
 * NotifyNoShowDecision (enqueued with the decision on a rider's dispute of a no-show, issue 23):
 * the rider is told it was upheld (the no-show is forgiven) or rejected, with the coded reason in
 * their language. A dispute is decided once, so one message per rider and channel ('decided').
 */
@Injectable()
export class NoShowDecisionProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnJob(JobName.NotifyNoShowDecision)
  async run(payload: JobOf<JobName.NotifyNoShowDecision>): Promise<{ created: number; skipped?: string }> {
    const booking = await this.bookings.findOneBy({ id: payload.bookingId });
    const decision = booking?.noShowDisputeDecision;
    if (!booking || booking.status !== 'NO_SHOW' || (decision !== 'UPHELD' && decision !== 'REJECTED'))
      return { created: 0, skipped: 'NOT_DECIDED' };
    const now = this.clock.now();
    const ids = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
      this.planner.plan(uow, {
        booking,
        kind: decision === 'UPHELD' ? 'NO_SHOW_DISPUTE_UPHELD' : 'NO_SHOW_DISPUTE_REJECTED',
        occasion: 'decided',
        now,
      }),
    );
    return { created: ids.length };
  }
}
