import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { BookingEntity, NotificationsRepository, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { arrivalAlertDue, STILL_TRUE_IN } from '@invataxi/notifications';
import { runningLateDue, RUNNING_LATE_EVERY_MINUTES } from '@invataxi/domain';
import { JobName, OnJob, type JobOf } from '@invataxi/queue';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { liveEtaKey } from '@invataxi/dispatch';
import { REDIS } from '@invataxi/platform';
import { NotificationPlanner } from './notification-planner';
import { CLOCK, type Clock } from '@invataxi/domain';

/** How often planned pickups are checked for the "vehicle about to arrive" message. */
const ARRIVAL_SCAN_EVERY_MS = 60_000;

/**
 * "Your vehicle is about to arrive", NOTIFY_ARRIVAL_MINUTES before the pickup: from a live
 * ETA (NotifyVehicleArriving, enqueued by the driver's location pings through arrivalAlertsOf:
 * the ETA the rider's page shows) or, when no pings come, from the planned pickup time
 * (ScanArrivals, every minute). Either way one message per ride: the dedup key is 'once'.
 */
@Injectable()
export class ArrivalsProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    private readonly notifications: NotificationsRepository,
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.NotifyVehicleArriving)
  async fromEta(
    payload: JobOf<JobName.NotifyVehicleArriving>,
  ): Promise<{ created: number; skipped?: string }> {
    const now = this.clock.now();
    const eta = new Date(payload.etaAt);
    if (Number.isNaN(eta.getTime())) return { created: 0, skipped: 'BAD_ETA' };
    if (!arrivalAlertDue(eta, now, this.planner.settings.arrivalMinutes))
      return { created: 0, skipped: 'NOT_DUE' };
    const booking = await this.bookings.findOneBy({ id: payload.bookingId });
    if (!booking || !STILL_TRUE_IN.VEHICLE_ARRIVING.includes(booking.status))
      return { created: 0, skipped: 'NOT_COMING' };
    return { created: await this.alert(booking, eta, now) };
  }

  /**
   * "Running late, now about HH:MM" (walk t23 M5): from a location ping whose live ETA to the
   * vehicle's next pickup slipped past the time the rider was last told; at most one per ride in
   * RUNNING_LATE_EVERY_MINUTES (the occasion is the period), only before the pickup.
   */
  @OnJob(JobName.NotifyVehicleLate)
  async late(payload: JobOf<JobName.NotifyVehicleLate>): Promise<{ created: number; skipped?: string }> {
    const now = this.clock.now();
    const eta = new Date(payload.etaAt);
    if (Number.isNaN(eta.getTime())) return { created: 0, skipped: 'BAD_ETA' };
    const booking = await this.bookings.findOneBy({ id: payload.bookingId });
    if (!booking || !STILL_TRUE_IN.VEHICLE_LATE.includes(booking.status))
      return { created: 0, skipped: 'NOT_COMING' };
    const told = await this.notifications.toldOf(booking.id);
    if (!runningLateDue(eta, told.pickupAt, told.lateAt, now)) return { created: 0, skipped: 'NOT_DUE' };
    const period = Math.floor(now.getTime() / (RUNNING_LATE_EVERY_MINUTES * 60_000));
    const ids = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
      this.planner.plan(uow, {
        booking,
        kind: 'VEHICLE_LATE',
        occasion: `late.${period}`,
        now,
        statedPickupAt: eta,
      }),
    );
    return { created: ids.length };
  }

  @OnJob(JobName.ScanArrivals, { repeat: () => ({ everyMs: ARRIVAL_SCAN_EVERY_MS }) })
  async scan(): Promise<{ created: number }> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + this.planner.settings.arrivalMinutes * 60_000);
    const due = await this.notifications.findArrivalsDue(now, horizon, 500);
    let created = 0;
    for (const b of due) {
      // A vehicle reporting its position has a live ETA (the one the rider's page shows): the
      // ping's own alert tells the rider when that is due, not the plan.
      if (await this.redis.exists(liveEtaKey(this.config.QUEUE_PREFIX, b.id)).catch(() => 0)) continue;
      created += await this.alert(b, b.plannedPickupAt!, now);
    }
    return { created };
  }

  private async alert(booking: BookingEntity, eta: Date, now: Date): Promise<number> {
    const minutes = Math.max(1, Math.round((eta.getTime() - now.getTime()) / 60_000));
    const ids = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
      this.planner.plan(uow, {
        booking,
        kind: 'VEHICLE_ARRIVING',
        occasion: 'once',
        now,
        minutes,
        statedPickupAt: eta,
      }),
    );
    return ids.length;
  }
}
