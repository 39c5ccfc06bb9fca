import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  isValidLocalDate,
  localDateOf,
  localDateTimeToUtc,
  addDaysToLocalDate,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import { NotificationsRepository, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { dailyCronUtc, reminderDate } from '@invataxi/notifications';
import { JobName, OnJob, UnrecoverableError, type JobOf } from '@invataxi/queue';
import { NotificationPlanner } from './notification-planner';

const BATCH = 200;

/**
 * SendReminders (daily at NOTIFY_REMINDER_LOCAL_TIME): one reminder per scheduled ride of
 * tomorrow. The dedup key ('once' per booking, kind, recipient, channel) makes a second run of
 * the same evening — a retry, two schedulers, a manual run — send nothing more.
 */
@Injectable()
export class RemindersProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    private readonly notifications: NotificationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // In UTC: see dailyCronUtc for why not a zone name.
  @OnJob(JobName.SendReminders, {
    repeat: (c) => ({ pattern: dailyCronUtc(c.NOTIFY_REMINDER_LOCAL_TIME), tz: 'UTC' }),
  })
  async run(
    payload: JobOf<JobName.SendReminders>,
  ): Promise<{ date: string; bookings: number; created: number }> {
    const now = this.clock.now();
    const date = payload.date ?? reminderDate(now);
    // The text says "tomorrow": a date that is not ahead of today would make it false.
    if (!isValidLocalDate(date) || date <= localDateOf(now))
      throw new UnrecoverableError(`reminder date must be after today, got ${date}`);
    const from = localDateTimeToUtc(date, '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(date, 1), '00:00');
    let after = '00000000-0000-0000-0000-000000000000';
    let bookings = 0;
    let created = 0;
    for (;;) {
      const page = await this.notifications.findScheduledPickupsPage(from, to, after, BATCH);
      if (page.length === 0) break;
      for (const booking of page) {
        const ids = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
          this.planner.plan(uow, { booking, kind: 'REMINDER', occasion: 'once', now }),
        );
        created += ids.length;
      }
      bookings += page.length;
      after = page[page.length - 1]!.id;
    }
    return { date, bookings, created };
  }
}
