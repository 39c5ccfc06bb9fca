import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  CLOCK,
  DomainError,
  isValidLocalDate,
  localDateOf,
  staffDisplayName,
  type Clock,
  type RideChangeKind,
} from '@invataxi/domain';
import { assertRegion, type Principal } from '@invataxi/auth';
import {
  PlanningRepository,
  PlanRunEntity,
  PLAN_NOTE_WAITING_FOR_REGION,
  transact,
  type JsonObject,
  type PlanRunStatus,
} from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';
import { Replans, type ReplanProposal } from '@invataxi/dispatch';
import { LiveEvents } from './live-events';

/** Figures of a plan: vehicles used, kilometres, mean ride-time ratio (on board / direct), rides. */
export interface PlanFiguresView {
  vehiclesUsed: number;
  km: number;
  meanRideRatio: number;
  bookings: number;
}

/** One ride a proposal changes or leaves out, in the dispatcher's terms. */
export interface PlanRideView {
  bookingId: string;
  /**
   * MOVED to another vehicle, SERVED from the waitlist, RETIMED on its vehicle, LEFT_OUT (still
   * waiting); STRANDED: a ride on a route that every better plan would leave without a vehicle
   * (the WOULD_DROP_SCHEDULED note names it; fromPlate and oldPickupAt are where it is now).
   */
  kind: RideChangeKind | 'LEFT_OUT' | 'STRANDED';
  /** The rider, surname and initials ("Ким В."), as the override table names them. */
  riderName: string;
  pickupAddress: string;
  dropoffAddress: string;
  purpose: string;
  fromPlate: string | null;
  toPlate: string | null;
  oldPickupAt: string | null;
  newPickupAt: string | null;
}

export interface PlanRunView {
  id: string;
  regionKato: string;
  date: string;
  /** QUEUED, RUNNING, PROPOSED (awaits Apply / Discard), APPLIED (may be undone), DISCARDED, UNDONE, DONE (nothing to propose), FAILED. */
  status: PlanRunStatus;
  progress: number;
  currentCost: number | null;
  before: PlanFiguresView | null;
  after: PlanFiguresView | null;
  /** Why there is nothing to apply: NO_SHIFTS, NOTHING_TO_PLAN, WOULD_DROP_SCHEDULED, NO_IMPROVEMENT, FAILED; while QUEUED, WAITING_FOR_REGION: another re-plan of the region runs first. */
  note: string | null;
  /** Manual assignments and rides confirmed to drivers may move (the dispatcher let them go). */
  releasePinned: boolean;
  /** Rides moved, served from the waitlist, re-timed and left out. */
  rides: PlanRideView[];
  /** retimed: every ride whose pickup minute changes, moved to another vehicle or not (finding t18-6). */
  counts: { moved: number; served: number; retimed: number; leftOut: number; pinned: number };
  /** The mean ride-time ratio (on board / direct) would get worse, as the figures show it (two digits). */
  rideTimeWorse: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  decidedAt: string | null;
}

const NOTES = new Set([
  'NO_SHIFTS',
  'NOTHING_TO_PLAN',
  'WOULD_DROP_SCHEDULED',
  'NO_IMPROVEMENT',
  PLAN_NOTE_WAITING_FOR_REGION,
]);

/**
 * A dispatcher of a region starts a re-plan of a day, watches it, and decides on its proposal:
 * apply (only onto the routes it was computed from), discard, or undo an applied one while no
 * driver has acted on its rides (issue 18).
 */
@Injectable()
export class PlanService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(PlanRunEntity) private readonly runs: Repository<PlanRunEntity>,
    private readonly replans: Replans,
    private readonly planning: PlanningRepository,
    private readonly live: LiveEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(p: Principal, regionKato: string, date: string, releasePinned = false): Promise<PlanRunView> {
    assertRegion(p, regionKato);
    if (!isValidLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'DATE_INVALID' }]);
    // Any day from today on (issue 23); a day already over has nothing left to plan.
    if (date < localDateOf(this.clock.now()))
      throw DomainError.validation([
        { field: 'date', code: 'IN_THE_PAST', say: { key: 'PLAN_DAY_IN_PAST' } },
      ]);
    const run = await transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const running = await uow.manager.findOne(PlanRunEntity, {
        where: [
          { regionKato, date, status: 'QUEUED' },
          { regionKato, date, status: 'RUNNING' },
        ],
      });
      if (running) throw new DomainError('CONFLICT', { reason: 'REPLAN_RUNNING', runId: running.id });
      // A newer proposal replaces one still waiting: only one can be true of the routes.
      await uow.manager.update(
        PlanRunEntity,
        { regionKato, date, status: 'PROPOSED' },
        { status: 'DISCARDED', decidedAt: this.clock.now(), decidedByUserId: p.userId },
      );
      // Another dispatcher (or the evening fan-out) opening one at the same moment: refused alike.
      const run = await this.planning.createOpenPlanRun(uow.manager, {
        regionKato,
        date,
        requestedByUserId: p.userId,
        releasePinned,
      });
      if (!run) throw new DomainError('CONFLICT', { reason: 'REPLAN_RUNNING' });
      uow.enqueue(message(JobName.PlanDay, { regionKato, date, runId: run.id }, `run.${run.id}`));
      uow.audit({
        action: 'plan.requested',
        entityType: 'plan_run',
        entityId: run.id,
        after: { regionKato, date, releasePinned },
      });
      return run;
    });
    return this.view(run);
  }

  /**
   * The latest run of a region's day, so a board opened again (a reload, another sign-in) finds a
   * proposal still waiting for Apply / Discard (finding t18-7); null when the day has none.
   */
  async latest(p: Principal, regionKato: string, date: string): Promise<PlanRunView | null> {
    assertRegion(p, regionKato);
    if (!isValidLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'DATE_INVALID' }]);
    const [run] = await this.runs.find({
      where: { regionKato, date },
      order: { createdAt: 'DESC' },
      take: 1,
    });
    return run ? this.view(run) : null;
  }

  async get(p: Principal, runId: string): Promise<PlanRunView> {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run) throw new DomainError('NOT_FOUND', { entity: 'plan_run', id: runId });
    assertRegion(p, run.regionKato);
    return this.view(run);
  }

  /** Writes the proposal onto the routes, if they are still those it was computed from. */
  apply(p: Principal, runId: string): Promise<PlanRunView> {
    return this.decide(p, runId, 'PROPOSED', 'PLAN_NOT_PROPOSED', async (uow, run) => {
      const { undo } = await this.replans.apply(uow, run);
      run.undo = undo as unknown as JsonObject;
      run.status = 'APPLIED';
    });
  }

  /** Drops the proposal: the routes stay as they are. */
  discard(p: Principal, runId: string): Promise<PlanRunView> {
    return this.decide(p, runId, 'PROPOSED', 'PLAN_NOT_PROPOSED', async (uow, run) => {
      run.status = 'DISCARDED';
      uow.audit({ action: 'plan.discarded', entityType: 'plan_run', entityId: run.id });
    });
  }

  /** Puts the routes back as they were before the apply, while no driver has acted on them. */
  undo(p: Principal, runId: string): Promise<PlanRunView> {
    return this.decide(p, runId, 'APPLIED', 'PLAN_NOT_APPLIED', async (uow, run) => {
      await this.replans.undo(uow, run);
      run.status = 'UNDONE';
    });
  }

  private async decide(
    p: Principal,
    runId: string,
    from: PlanRunStatus,
    refusal: 'PLAN_NOT_PROPOSED' | 'PLAN_NOT_APPLIED',
    work: (uow: Parameters<Parameters<typeof transact>[2]>[0], run: PlanRunEntity) => Promise<void>,
  ): Promise<PlanRunView> {
    const run = await transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const run = await uow.manager.findOne(PlanRunEntity, {
        where: { id: runId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!run) throw new DomainError('NOT_FOUND', { entity: 'plan_run', id: runId });
      assertRegion(p, run.regionKato);
      if (run.status !== from) throw new DomainError('CONFLICT', { reason: refusal, status: run.status });
      await work(uow, run);
      run.decidedAt = this.clock.now();
      run.decidedByUserId = p.userId;
      return uow.manager.save(PlanRunEntity, run);
    });
    if (run.status !== 'DISCARDED')
      // Live boards are a convenience: a Redis hiccup must not fail a committed decision.
      await this.live.publish('region', run.regionKato, { type: 'route' }).catch(() => undefined);
    return this.view(run);
  }

  private async view(r: PlanRunEntity): Promise<PlanRunView> {
    const prop = r.proposal as unknown as ReplanProposal | null;
    const rides: PlanRideView[] = [];
    if (prop) {
      const ids = [...prop.changes.map((c) => c.bookingId), ...prop.leftOut];
      const about = new Map((await this.planning.ridesForList(this.ds.manager, ids)).map((x) => [x.id, x]));
      const shiftIds = [...new Set(prop.changes.flatMap((c) => [c.fromShiftId, c.toShiftId]))].filter(
        (x): x is string => !!x,
      );
      const plates = new Map(
        (await this.planning.platesOfShifts(this.ds.manager, shiftIds)).map((x) => [x.shiftId, x.plate]),
      );
      const ride = (id: string) => {
        const x = about.get(id);
        return {
          bookingId: id,
          riderName: x ? staffDisplayName(x.riderName) : '',
          pickupAddress: x?.pickupAddress ?? '',
          dropoffAddress: x?.dropoffAddress ?? '',
          purpose: x?.purpose ?? '',
        };
      };
      for (const c of prop.changes)
        rides.push({
          ...ride(c.bookingId),
          kind: c.kind,
          fromPlate: c.fromShiftId ? (plates.get(c.fromShiftId) ?? null) : null,
          toPlate: plates.get(c.toShiftId) ?? null,
          oldPickupAt: c.oldPickupAt,
          newPickupAt: c.newPickupAt,
        });
      for (const id of prop.leftOut)
        rides.push({
          ...ride(id),
          kind: 'LEFT_OUT',
          fromPlate: null,
          toPlate: null,
          oldPickupAt: null,
          newPickupAt: null,
        });
    }
    // "WOULD_DROP_SCHEDULED:<ids>": the rides the note means, named where they are now.
    const [note, strandedIds] = r.status === 'FAILED' ? [null, ''] : (r.note ?? '').split(':');
    const stranded = (strandedIds ?? '').split(',').filter((x) => /^[0-9a-f-]{36}$/.test(x));
    if (stranded.length > 0) {
      const about = new Map(
        (await this.planning.ridesForList(this.ds.manager, stranded)).map((x) => [x.id, x]),
      );
      for (const x of await this.planning.placementsOf(this.ds.manager, stranded))
        rides.push({
          bookingId: x.id,
          kind: 'STRANDED',
          riderName: about.get(x.id) ? staffDisplayName(about.get(x.id)!.riderName) : '',
          pickupAddress: about.get(x.id)?.pickupAddress ?? '',
          dropoffAddress: about.get(x.id)?.dropoffAddress ?? '',
          purpose: about.get(x.id)?.purpose ?? '',
          fromPlate: x.plate,
          toPlate: null,
          oldPickupAt: x.pickupAt ? new Date(x.pickupAt).toISOString() : null,
          newPickupAt: null,
        });
    }
    const count = (k: string) => rides.filter((x) => x.kind === k).length;
    const figures = (j: JsonObject | null): PlanFiguresView | null =>
      j
        ? {
            vehiclesUsed: Number(j.vehiclesUsed ?? 0),
            km: Number(j.km ?? 0),
            meanRideRatio: Number(j.meanRideRatio ?? 0),
            bookings: Number(j.bookings ?? 0),
          }
        : null;
    return {
      id: r.id,
      regionKato: r.regionKato,
      date: r.date,
      status: r.status,
      progress: r.progress,
      currentCost: r.currentCost,
      before: figures(r.before),
      after: figures(r.after),
      // A failure's own text is for the logs: the console says "failed" in its words.
      note: r.status === 'FAILED' ? 'FAILED' : note && NOTES.has(note) ? note : null,
      releasePinned: r.releasePinned,
      rides,
      counts: {
        moved: count('MOVED'),
        served: count('SERVED'),
        retimed: rides.filter(
          (x) =>
            x.oldPickupAt &&
            x.newPickupAt &&
            Math.floor(Date.parse(x.oldPickupAt) / 60000) !== Math.floor(Date.parse(x.newPickupAt) / 60000),
        ).length,
        leftOut: count('LEFT_OUT'),
        pinned: prop?.pinned.length ?? 0,
      },
      rideTimeWorse: worse(figures(r.before)?.meanRideRatio, figures(r.after)?.meanRideRatio),
      startedAt: r.startedAt?.toISOString() ?? null,
      finishedAt: r.finishedAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    };
  }
}

/** Worse as the console shows the ratio: to two digits, so 2.491 → 2.494 is not called worse. */
function worse(before: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  return Math.round(after * 100) > Math.round(before * 100);
}
