// The dispatch queue's work: place an ACCEPTED booking (or hand it to the procurement fallback,
// or waitlist it), and retry a region's waitlist when capacity changes.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { byServicePriority, CLOCK, isDomainError, type Clock, type TripPurpose } from '@invataxi/domain';
import {
  SYSTEM_ACTOR,
  transact,
  transitionBooking,
  DispatchRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import { jobId, JobName, message } from '@invataxi/queue';
import { RegionPolicies, RouteModel } from '@invataxi/dispatch';
import { BookingPlacer, WAITLIST_REASON, type PlaceOutcome } from './booking-placer';
import { coveringCodes } from './candidates';

export const AWAITING_REASON = 'NO_PROVIDER_COVERS_AREA';

export type DispatchResult =
  PlaceOutcome | { kind: 'awaiting-procurement' } | { kind: 'waitlisted'; reason: string };

/** Runs `work` in a transaction; a booking that moved on meanwhile makes it a no-op. */
async function unlessStale(ds: DataSource, work: (uow: UnitOfWork) => Promise<void>): Promise<boolean> {
  try {
    await transact(ds, SYSTEM_ACTOR, work);
    return true;
  } catch (e) {
    if (isDomainError(e) && (e.code === 'STALE_VERSION' || e.code === 'ILLEGAL_TRANSITION')) return false;
    throw e;
  }
}

@Injectable()
export class DispatchJobs {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly policies: RegionPolicies,
    private readonly ds: DataSource,
    readonly placer: BookingPlacer,
    private readonly repo: DispatchRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** JobName.DispatchBooking: a repeat (same id and version) or a stale job is a no-op. */
  async dispatchBooking(bookingId: string, version: number): Promise<DispatchResult> {
    const trip = (await this.routeModel.loadTrips(this.ds.manager, [bookingId])).get(bookingId);
    if (!trip || trip.status !== 'ACCEPTED' || trip.version !== version) return { kind: 'gone' };
    // Does any ACTIVE provider serve this place at all? No -> the procurement fallback.
    if (!(await this.repo.anyActiveProviderCovers(this.ds.manager, coveringCodes(trip.pickupKato)))) {
      const ok = await unlessStale(this.ds, async (uow) => {
        await transitionBooking(uow, {
          bookingId,
          to: 'AWAITING_PROCUREMENT',
          expectedVersion: version,
          reason: AWAITING_REASON,
        });
        // The procurement fallback recomputes the region's unmet demand (its own issue).
        uow.enqueue(
          message(
            JobName.AggregateDemand,
            { regionKato: trip.regionKato },
            jobId(trip.regionKato, bookingId, version),
          ),
        );
      });
      return ok ? { kind: 'awaiting-procurement' } : { kind: 'gone' };
    }
    const out = await this.placer.place(bookingId, 'ACCEPTED', version, SYSTEM_ACTOR, trip);
    if (out.kind === 'no-shift' || out.kind === 'no-fit') {
      const reason = out.kind === 'no-shift' ? out.reason : WAITLIST_REASON.noFit;
      const ok = await unlessStale(this.ds, async (uow) => {
        await transitionBooking(uow, { bookingId, to: 'WAITLISTED', expectedVersion: version, reason });
      });
      return ok ? { kind: 'waitlisted', reason } : { kind: 'gone' };
    }
    return out;
  }

  /**
   * JobName.RetryWaitlist: the region's waitlisted bookings still ahead, in the region's
   * priority order (purpose tier, then time of request), each placed if it now fits.
   */
  async retryWaitlist(
    regionKato: string,
  ): Promise<{ tried: number; scheduled: number; scheduledIds: string[] }> {
    const now = this.clock.now();
    const ids = await this.repo.waitlistedIdsOfRegion(this.ds.manager, regionKato, now);
    const rows = [...(await this.routeModel.loadTrips(this.ds.manager, ids)).values()];
    const policy = await this.policies.inForce(this.ds.manager, regionKato, now);
    const order = byServicePriority(policy);
    rows.sort((a, b) =>
      order(
        { id: a.id, purpose: a.purpose as TripPurpose, requestedAt: a.createdAt },
        { id: b.id, purpose: b.purpose as TripPurpose, requestedAt: b.createdAt },
      ),
    );
    const scheduledIds: string[] = [];
    for (const t of rows) {
      const out = await this.placer.place(t.id, 'WAITLISTED', t.version, SYSTEM_ACTOR, t);
      if (out.kind === 'scheduled') scheduledIds.push(t.id);
    }
    return { tried: rows.length, scheduled: scheduledIds.length, scheduledIds };
  }
}
