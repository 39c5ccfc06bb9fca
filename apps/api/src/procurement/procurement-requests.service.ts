// The LEB officer's side of the procurement fallback (issue 7): the region's requests with their
// figures and the lists behind them, review, method and term, submit, cancel, resubmit after a
// failed procurement. Every change: one transaction with its audit row; submission goes to the
// worker through the outbox (SubmitProcurement, job id = request id + version).
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import type { Principal } from '@invataxi/auth';
import {
  DomainError,
  isValidLocalDate,
  LANGUAGES,
  dayMonthText,
  localDateOf,
  nationalDefaultRulesFor,
  type Language,
  type ProcurementMethod,
  type ProcurementStatus,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProcurementRequestsRepository,
  RegionsRepository,
  ServicePoliciesRepository,
  transact,
  type Actor,
  onboardingDatesOf,
  type JsonObject,
  type OnboardingRow,
  type PlaceNames,
} from '@invataxi/persistence';
import { JobName, jobId, message } from '@invataxi/queue';
import {
  assertMethodAllowed,
  assertProcurementTransition,
  assertTermDays,
  expectedServiceDate,
  awardedServiceStart,
  PROCUREMENT_SOURCE_TEXTS,
  procurementReasonText,
  lotForPeriod,
  lotPeriodErrors,
  type LotPeriodRules,
  onboardingState,
  submitProcurementMessage,
  type LotEstimate,
  type LotFigure,
  type OnboardingStep,
  lotFiguresWithSizing,
} from '@invataxi/procurement';
import { assertCanAct, assertCanRead, listPrefix } from './procurement-scope';
import { ProcurementSizingService, type SizingView } from './procurement-sizing.service';

/**
 * The request's real stage (issue 20), finer than its status: an AWARDED request is ONBOARDING
 * until its supplier has a shift, RUNNING after; a PUBLISHED one whose award could not be applied
 * is AWARD_NOT_APPLIED (see awardError); a DRAFT that closed itself is CLOSED_NO_DEMAND.
 */
export type RequestStage =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'PUBLISHED'
  | 'AWARD_NOT_APPLIED'
  | 'ONBOARDING'
  | 'RUNNING'
  | 'FAILED'
  | 'CANCELLED'
  | 'CLOSED_NO_DEMAND';

/** What was awarded: supplier, contract, price, period and the supplier's contact. */
export interface AwardView {
  providerId: string | null;
  supplierBin: string;
  supplierName: string | null;
  contractNumber: string | null;
  priceTenge: number | null;
  tariffPerTrip: number | null;
  tariffPerKm: number | null;
  /** Local dates YYYY-MM-DD. */
  contractStart: string | null;
  contractEnd: string | null;
  signedAt: string | null;
  contact: {
    name: string | null;
    phone: string | null;
    email: string | null;
    /** The language the supplier's administrator is invited in (kk/ru/en). */
    language: Language | null;
  } | null;
  /** How far the supplier is with starting (issue 20); null for a request not AWARDED. */
  onboarding: OnboardingView | null;
}

/**
 * An awarded supplier's start, step by step, each with its date (null: not done yet). The
 * invitation to its administrator: SENT (its SMS went), NOT_DELIVERED (the gateway did not take
 * it), EXPIRED (not accepted in time), ACCEPTED; or why none was made at the award: NO_PHONE (the
 * award gave none), HAS_ADMIN (a known supplier: its administrator already signs in),
 * LOGIN_TAKEN (the phone signs in to another account); NONE (an award before invitations).
 * The officer invites (again) from the users page in those cases.
 */
export interface OnboardingView {
  invitation:
    'SENT' | 'NOT_DELIVERED' | 'EXPIRED' | 'ACCEPTED' | 'NO_PHONE' | 'HAS_ADMIN' | 'LOGIN_TAKEN' | 'NONE';
  invitedAt: Date | null;
  /** When the invitation's link last went out (later than invitedAt once sent again). */
  invitationSentAt: Date | null;
  invitationExpiresAt: Date | null;
  /**
   * The invitation the officer can send again (a new link by SMS, the old one void: POST
   * /invitations/{id}/resend) while it is not accepted; null otherwise.
   */
  resendInvitationId: string | null;
  signedInAt: Date | null;
  fleetAddedAt: Date | null;
  firstShiftAt: Date | null;
  /** The step it is on (null: it runs), since when, and whether that is longer than the stall days. */
  waitingFor: OnboardingStep | null;
  since: Date | null;
  stalled: boolean;
  stallDays: number;
}

/** An award that could not be applied: why, in the reader's language; retried by the officer. */
export interface AwardErrorView {
  code: string;
  text: string;
  at: string | null;
  supplierBin: string | null;
}

/**
 * The lot the request buys (issue 20): the period, trips and km per month, vehicles and hours,
 * budget; each figure with where it came from (`source` a code, `sourceText` in the reader's language).
 */
export interface LotView {
  start: string;
  end: string;
  days: number;
  /** The contract term the period suggests (the default of the officer's term field). */
  suggestedTermDays: number;
  tripsPerMonth: number;
  kmPerMonth: number;
  tripsInPeriod: number;
  wheelchairShare: number;
  vehicles: number;
  vehicleHoursPerMonth: number;
  budgetTenge: number;
  figures: (LotFigure & { sourceText: string })[];
}

export interface RequestSummary {
  id: string;
  lot: LotView | null;
  /**
   * The fleet sized from evidence that the lot carries (issue 25), with whether the waiting rides
   * changed since; null: not sized. Given by the list and the detail (absent from a change's answer).
   */
  sizing?: SizingView | null;
  stage: RequestStage;
  /** Rides waiting now that this request covers (linked to it). */
  coveredWaiting: number;
  award: AwardView | null;
  awardError: AwardErrorView | null;
  /** Why it failed or closed, in the reader's language (failureReason is its code). */
  failureReasonText: string | null;
  regionKato: string;
  periodStart: string;
  periodEnd: string;
  status: ProcurementStatus;
  method: ProcurementMethod | null;
  termDays: number | null;
  uncoveredKato: string[];
  figures: JsonObject;
  estimatedBudgetTenge: number;
  expectedServiceDate: string | null;
  externalId: string | null;
  supplierBin: string | null;
  awardedPriceTenge: number | null;
  awardedProviderId: string | null;
  failureReason: string | null;
  previousRequestId: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface RequestDetail extends RequestSummary {
  /** The list behind "uncovered KATO codes": each code, its name, its waiting bookings. */
  kato: { code: string; name: string | null; bookings: number; beneficiaries: number }[];
  /**
   * The same places as people read them: each code with its district (one KATO convention)
   * and the names in kk/ru/en (the code's own, else its district's; null: not in the classifier).
   */
  districts: {
    code: string;
    districtKato: string;
    names: PlaceNames | null;
    bookings: number;
    beneficiaries: number;
  }[];
  /** Behind "waiting bookings" (officers only): ids, codes and times, no addresses. */
  bookings: {
    id: string;
    status: string;
    pickupKato: string;
    purpose: string;
    requestedAt: Date;
    pickupEarliest: Date;
    wheelchair: boolean;
    seriesId: string | null;
    beneficiaryId: string;
  }[];
  /** Behind "beneficiaries" (officers only): masked IIN, never a name or address. */
  beneficiaries: { id: string; iinMasked: string; bookings: number; wheelchair: boolean }[];
}

@Injectable()
export class ProcurementRequestsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly requests: ProcurementRequestsRepository,
    private readonly regions: RegionsRepository,
    private readonly policies: ServicePoliciesRepository,
    @InjectRepository(ProcurementRequestEntity)
    private readonly requestRows: Repository<ProcurementRequestEntity>,
    private readonly sizing: ProcurementSizingService,
  ) {}

  async list(
    p: Principal,
    q: { status?: ProcurementStatus; regionKato?: string },
    lang: Language = 'ru',
  ): Promise<RequestSummary[]> {
    const prefix = listPrefix(p, q.regionKato);
    const rows = await this.requests.listOfRegion(prefix, q.status);
    const facts = await this.requests.stageFacts(rows.map((r) => r.id));
    const onboarding = await this.onboardingOf(rows);
    const sized = await this.sizing.attachedOf(rows, waitingOf(facts), lang);
    return rows.map((r) =>
      withSizing(this.summary(r, lang, facts.get(r.id), onboarding.get(r.id)), sized.get(r.id), lang),
    );
  }

  async detail(p: Principal, id: string, lang: Language = 'ru'): Promise<RequestDetail> {
    const r = await this.requestRows.findOneBy({ id });
    if (!r) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
    assertCanRead(p, r.regionKato);
    const facts = await this.requests.stageFacts([r.id]);
    const summary = withSizing(
      this.summary(r, lang, facts.get(r.id), (await this.onboardingOf([r])).get(r.id)),
      (await this.sizing.attachedOf([r], waitingOf(facts), lang)).get(r.id),
      lang,
    );
    const byKato = new Map(
      (Array.isArray(r.demand.byKato)
        ? (r.demand.byKato as { kato: string; bookings: number; beneficiaries: number }[])
        : []
      ).map((k) => [k.kato, k]),
    );
    const codes = r.uncoveredKato.map((k) => k.trim());
    const nameOf = await this.regions.namesRu(codes);
    const kato = codes.map((code) => ({
      code,
      name: nameOf.get(code) ?? null,
      bookings: byKato.get(code)?.bookings ?? 0,
      beneficiaries: byKato.get(code)?.beneficiaries ?? 0,
    }));
    const places = await this.regions.placesOf(codes);
    const districts = kato.map((k) => ({
      code: k.code,
      districtKato: places.get(k.code)?.districtKato ?? k.code,
      names: places.get(k.code)?.names ?? null,
      bookings: k.bookings,
      beneficiaries: k.beneficiaries,
    }));
    // The ministry's analyst reads figures, never who the people are.
    if (p.role !== 'LEB_OFFICER') return { ...summary, kato, districts, bookings: [], beneficiaries: [] };
    const rows = await this.requests.bookingsOfRequest(r.id);
    const people = new Map<
      string,
      { id: string; iinMasked: string; bookings: number; wheelchair: boolean }
    >();
    for (const b of rows) {
      const person = people.get(b.beneficiary_id) ?? {
        id: b.beneficiary_id,
        iinMasked: b.iin_masked,
        bookings: 0,
        wheelchair: false,
      };
      person.bookings++;
      person.wheelchair ||= b.load_wheelchair_places > 0;
      people.set(b.beneficiary_id, person);
    }
    return {
      ...summary,
      kato,
      districts,
      bookings: rows.map((b) => ({
        id: b.id,
        status: b.status,
        pickupKato: b.pickup_kato.trim(),
        purpose: b.purpose,
        requestedAt: b.created_at,
        pickupEarliest: b.pickup_earliest,
        wheelchair: b.load_wheelchair_places > 0,
        seriesId: b.series_id,
        beneficiaryId: b.beneficiary_id,
      })),
      beneficiaries: [...people.values()],
    };
  }

  /**
   * Review a DRAFT: method, term and the lot's period (issue 20), kept on the request until it is
   * submitted. A new period recomputes the lot's days, trips and budget at once (the request's
   * estimate is the lot's budget); the aggregation keeps computing the lot over it.
   */
  async review(
    p: Principal,
    actor: Actor,
    id: string,
    cmd: {
      version: number;
      method?: ProcurementMethod;
      termDays?: number;
      lotStart?: string;
      lotEnd?: string;
    },
    lang: Language = 'ru',
  ): Promise<RequestSummary> {
    return transact(this.ds, actor, async (uow) => {
      const r = await this.lockForAct(uow.manager, p, id, cmd.version);
      if (r.status !== 'DRAFT')
        throw new DomainError('ILLEGAL_TRANSITION', {
          entity: 'procurement_request',
          from: r.status,
          to: 'DRAFT',
        });
      const previous = await this.previousOf(uow.manager, r);
      if (cmd.method) assertMethodAllowed(cmd.method, previous);
      if (cmd.termDays !== undefined) assertTermDays(cmd.termDays);
      const repriced =
        cmd.lotStart !== undefined || cmd.lotEnd !== undefined
          ? this.repriced(r, cmd, await this.lotRules(uow.manager, r.regionKato))
          : null;
      const patch = {
        ...(cmd.method ? { method: cmd.method } : {}),
        ...(cmd.termDays !== undefined ? { termDays: cmd.termDays } : {}),
        ...(repriced
          ? {
              lotStart: repriced.start,
              lotEnd: repriced.end,
              demand: { ...r.demand, lot: repriced as unknown as JsonObject } as never,
              estimatedBudgetTenge: String(repriced.budgetTenge),
            }
          : {}),
      };
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update({ id: r.id, version: r.version }, patch);
      uow.audit({
        action: 'procurement.reviewed',
        entityType: 'procurement_request',
        entityId: r.id,
        before: {
          method: r.method,
          termDays: r.termDays,
          lotStart: r.lotStart,
          lotEnd: r.lotEnd,
          estimatedBudgetTenge: Number(r.estimatedBudgetTenge),
          version: r.version,
        },
        after: {
          method: cmd.method ?? r.method,
          termDays: cmd.termDays ?? r.termDays,
          lotStart: repriced?.start ?? r.lotStart,
          lotEnd: repriced?.end ?? r.lotEnd,
          estimatedBudgetTenge: repriced?.budgetTenge ?? Number(r.estimatedBudgetTenge),
          version: r.version + 1,
        },
      });
      const after = await uow.manager.getRepository(ProcurementRequestEntity).findOneByOrFail({ id: r.id });
      return this.summary(after, lang, (await this.requests.stageFacts([r.id])).get(r.id));
    });
  }

  /** The region's policy in force: how long a lot must run (its procurementMinLotDays). */
  private async lotRules(m: EntityManager, regionKato: string): Promise<LotPeriodRules> {
    const now = this.clock.now();
    return (
      (await this.policies.versionInForce(m, regionKato, now))?.rules ?? nationalDefaultRulesFor(regionKato)
    );
  }

  /** The lot over the officer's period, or a refusal at the field in the officer's words. */
  private repriced(
    r: ProcurementRequestEntity,
    cmd: { lotStart?: string; lotEnd?: string },
    rules: LotPeriodRules,
  ): LotEstimate {
    const stored = r.demand.lot;
    if (!stored || typeof stored !== 'object' || Array.isArray(stored))
      throw new DomainError('VALIDATION', {
        errors: [{ field: 'lotEnd', code: 'NO_LOT_YET', say: { key: 'LOT_NOT_COUNTED_YET' } }],
      });
    const lot = stored as unknown as LotEstimate;
    const start = cmd.lotStart ?? lot.start;
    const end = cmd.lotEnd ?? lot.end;
    const bad = [
      ...(isValidLocalDate(start) ? [] : ['lotStart']),
      ...(isValidLocalDate(end) ? [] : ['lotEnd']),
    ].map((field) => ({ field, code: 'INVALID_DATE', say: { key: 'LOT_DATE_INVALID' } }));
    if (bad.length > 0) throw new DomainError('VALIDATION', { errors: bad });
    const errors = lotPeriodErrors(start, end, localDateOf(this.clock.now()), rules);
    // Each refusal with its own sentence (the ErrorFilter says it in the officer's language).
    if (errors.length > 0)
      throw new DomainError('VALIDATION', {
        errors: errors.map((e) => ({
          field: e.field,
          code: e.code,
          say: { key: e.say.key, params: { ...e.say.params } },
        })),
      });
    return lotForPeriod(lot, start, end);
  }

  /** DRAFT -> SUBMITTED with the officer's method and term; the worker sends it. */
  async submit(
    p: Principal,
    actor: Actor,
    id: string,
    cmd: { version: number; method: ProcurementMethod; termDays: number },
  ): Promise<RequestSummary> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const r = await this.lockForAct(m, p, id, cmd.version);
      assertProcurementTransition(r.status, 'SUBMITTED');
      assertMethodAllowed(cmd.method, await this.previousOf(m, r));
      assertTermDays(cmd.termDays);
      // Nothing to buy is a refusal of this request's figures, not a conflict (issue 20).
      if ((await this.requests.countWaitingBookings(m, r.id)) === 0)
        throw DomainError.validation([{ field: 'waitingBookings', code: 'NO_WAITING_DEMAND' }]);
      await m
        .getRepository(ProcurementRequestEntity)
        .update(
          { id: r.id, version: r.version },
          { status: 'SUBMITTED', method: cmd.method, termDays: cmd.termDays, submittedAt: this.clock.now() },
        );
      const after = await m.getRepository(ProcurementRequestEntity).findOneByOrFail({ id: r.id });
      uow.audit({
        action: 'procurement.submitted',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: r.status, version: r.version },
        after: {
          status: after.status,
          version: after.version,
          method: cmd.method,
          termDays: cmd.termDays,
          estimatedBudgetTenge: Number(after.estimatedBudgetTenge),
        },
      });
      uow.enqueue(submitProcurementMessage(after.id, after.version));
      return this.summary(after);
    });
  }

  /**
   * DRAFT or SUBMITTED -> CANCELLED: the officer drops it before the lot is public. Its waiting
   * bookings stay AWAITING_PROCUREMENT and join the next DRAFT when demand is aggregated again.
   */
  async cancel(
    p: Principal,
    actor: Actor,
    id: string,
    cmd: { version: number; reason: string },
  ): Promise<RequestSummary> {
    return transact(this.ds, actor, async (uow) => {
      const r = await this.lockForAct(uow.manager, p, id, cmd.version);
      assertProcurementTransition(r.status, 'CANCELLED');
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update(
          { id: r.id, version: r.version },
          { status: 'CANCELLED', failureReason: 'CANCELLED_BY_OFFICER' },
        );
      uow.audit({
        action: 'procurement.cancelled',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: r.status, version: r.version },
        // The officer's words are not personal data, but are kept short.
        after: { status: 'CANCELLED', version: r.version + 1, reason: cmd.reason.slice(0, 500) },
      });
      return this.summary(
        await uow.manager.getRepository(ProcurementRequestEntity).findOneByOrFail({ id: r.id }),
      );
    });
  }

  /**
   * After a failed procurement: a new request (previous_request_id -> the failed one), SUBMITTED
   * at once with the officer's method (single source is allowed now), carrying the failed one's
   * figures and its still-waiting bookings. Once per failed request.
   */
  async resubmit(
    p: Principal,
    actor: Actor,
    id: string,
    cmd: { method: ProcurementMethod; termDays: number },
  ): Promise<RequestSummary> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const repo = m.getRepository(ProcurementRequestEntity);
      const failed = await this.lockRequest(m, id);
      if (!failed) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
      assertCanAct(p, failed.regionKato);
      if (failed.status !== 'FAILED')
        throw new DomainError('CONFLICT', {
          reason: 'ONLY_FAILED_REQUESTS_ARE_RESUBMITTED',
          status: failed.status,
        });
      if (await repo.existsBy({ previousRequestId: failed.id }))
        throw new DomainError('CONFLICT', { reason: 'ALREADY_RESUBMITTED' });
      assertMethodAllowed(cmd.method, failed);
      assertTermDays(cmd.termDays);
      const created = await repo.save(
        repo.create({
          regionKato: failed.regionKato,
          periodStart: failed.periodStart,
          periodEnd: failed.periodEnd,
          status: 'SUBMITTED',
          method: cmd.method,
          termDays: cmd.termDays,
          uncoveredKato: failed.uncoveredKato.map((k) => k.trim()),
          demand: failed.demand,
          estimatedBudgetTenge: failed.estimatedBudgetTenge,
          previousRequestId: failed.id,
          submittedAt: this.clock.now(),
        }),
      );
      const moved = await this.requests.carryWaitingBookings(m, failed.id, created.id);
      uow.audit({
        action: 'procurement.resubmitted',
        entityType: 'procurement_request',
        entityId: created.id,
        before: { previousRequestId: failed.id, previousStatus: failed.status },
        after: {
          status: 'SUBMITTED',
          version: created.version,
          method: cmd.method,
          termDays: cmd.termDays,
          bookingsCarried: moved,
        },
      });
      uow.enqueue(submitProcurementMessage(created.id, created.version));
      return this.summary(created);
    });
  }

  /**
   * The officer has fixed what stopped the award (e.g. reinstated the supplier): the award's
   * reason is cleared (audited) and the procurement system is asked again at once; if it still
   * cannot be applied, the request says so again and the officer is alerted again.
   */
  async retryAward(p: Principal, actor: Actor, id: string, lang: Language = 'ru'): Promise<RequestSummary> {
    return transact(this.ds, actor, async (uow) => {
      const repo = uow.manager.getRepository(ProcurementRequestEntity);
      const r = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
      assertCanAct(p, r.regionKato);
      if (r.status !== 'PUBLISHED' || !r.awardError)
        throw new DomainError('CONFLICT', { reason: 'NO_AWARD_TO_RETRY', status: r.status });
      await repo.update({ id: r.id, version: r.version }, { awardError: null });
      uow.audit({
        action: 'procurement.award_retried',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { version: r.version, awardError: r.awardError },
        after: { version: r.version + 1, awardError: null },
      });
      uow.enqueue(message(JobName.PollProcurement, {}, jobId('retry-award', r.id, r.version)));
      const after = await repo.findOneByOrFail({ id: r.id });
      return this.summary(after, lang, (await this.requests.stageFacts([r.id])).get(r.id));
    });
  }

  private async lockForAct(
    m: DataSource['manager'],
    p: Principal,
    id: string,
    version: number,
  ): Promise<ProcurementRequestEntity> {
    const r = await this.lockRequest(m, id);
    if (!r) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
    assertCanAct(p, r.regionKato);
    if (r.version !== version)
      throw new DomainError('STALE_VERSION', {
        entity: 'procurement_request',
        expected: version,
        actual: r.version,
      });
    return r;
  }

  /**
   * The request locked for an act on it, after its region's procurement lock: the demand
   * aggregation of the region waits for the act, never decides on the status it changes (and
   * the same order as the aggregation's, region then request, so neither waits on the other).
   */
  private async lockRequest(m: DataSource['manager'], id: string): Promise<ProcurementRequestEntity | null> {
    const region = await this.requests.regionOf(m, id);
    if (region === null) return null;
    await this.requests.lockRegionProcurement(m, region);
    return m
      .getRepository(ProcurementRequestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async previousOf(
    m: DataSource['manager'],
    r: ProcurementRequestEntity,
  ): Promise<ProcurementRequestEntity | null> {
    return r.previousRequestId
      ? m.getRepository(ProcurementRequestEntity).findOneBy({ id: r.previousRequestId })
      : null;
  }

  /** The onboarding facts of the AWARDED ones among these requests. */
  private async onboardingOf(
    rows: readonly { id: string; status: ProcurementStatus }[],
  ): Promise<Map<string, OnboardingRow>> {
    const ids = rows.filter((r) => r.status === 'AWARDED').map((r) => r.id);
    if (ids.length === 0) return new Map();
    return new Map((await this.requests.onboardingFacts(ids)).map((o) => [o.id, o]));
  }

  private onboardingView(o: OnboardingRow | undefined): OnboardingView | null {
    if (!o) return null;
    const now = this.clock.now();
    const stallDays = this.config.PROCUREMENT_ONBOARDING_STALL_DAYS;
    const state = onboardingState(onboardingDatesOf(o), now, stallDays);
    return {
      invitation: invitationState(o, now),
      invitedAt: o.invited_at,
      invitationSentAt: o.invitation_sent_at ?? o.invited_at,
      invitationExpiresAt: o.invitation_expires_at,
      resendInvitationId: o.last_invitation_id && !o.invitation_accepted_at ? o.last_invitation_id : null,
      signedInAt: o.signed_in_at ?? o.invitation_accepted_at,
      fleetAddedAt: o.fleet_added_at,
      firstShiftAt: o.first_shift_at,
      waitingFor: state.waitingFor,
      since: state.since,
      stalled: state.stalled,
      stallDays,
    };
  }

  private summary(
    r: ProcurementRequestEntity,
    lang: Language = 'ru',
    facts?: { waiting: number; supplierHasShift: boolean; firstShiftAt?: Date | null },
    onboarding?: OnboardingRow,
  ): RequestSummary {
    const dateRules = {
      escalationDays: this.config.PROCUREMENT_ESCALATION_DAYS,
      onboardingDays: this.config.PROCUREMENT_ONBOARDING_DAYS,
    };
    const now = this.clock.now();
    return {
      id: r.id,
      stage: stageOf(r, facts?.supplierHasShift ?? false),
      lot: lotOf(r, lang),
      coveredWaiting: facts?.waiting ?? 0,
      award: awardOf(r, this.onboardingView(onboarding)),
      awardError: awardErrorOf(r, lang),
      failureReasonText: r.failureReason ? procurementReasonText(r.failureReason, lang) : null,
      regionKato: r.regionKato,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.status,
      method: r.method,
      termDays: r.termDays,
      uncoveredKato: r.uncoveredKato.map((k) => k.trim()),
      figures: r.demand,
      estimatedBudgetTenge: Number(r.estimatedBudgetTenge),
      // Awarded: the date its supplier's service starts, the one its riders and the GTFS feed
      // read (walk t25 M1), not none.
      expectedServiceDate:
        r.status === 'AWARDED'
          ? awardedServiceStart(
              {
                method: r.method,
                createdAt: r.createdAt,
                submittedAt: r.submittedAt,
                awardedAt: r.awardedAt,
                contractStart: str((r.award as Record<string, unknown> | null)?.contractStart),
                firstShiftAt: facts?.firstShiftAt ?? null,
              },
              dateRules,
              now,
            )
          : expectedServiceDate(r, dateRules, now),
      externalId: r.externalId,
      supplierBin: r.supplierBin,
      awardedPriceTenge: r.awardedPriceTenge === null ? null : Number(r.awardedPriceTenge),
      awardedProviderId: r.awardedProviderId,
      failureReason: r.failureReason,
      previousRequestId: r.previousRequestId,
      submittedAt: r.submittedAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      version: r.version,
    };
  }
}

function waitingOf(facts: ReadonlyMap<string, { waiting: number }>): Map<string, number> {
  return new Map([...facts].map(([id, f]) => [id, f.waiting]));
}

function stageOf(r: ProcurementRequestEntity, supplierHasShift: boolean): RequestStage {
  if (r.status === 'PUBLISHED' && r.awardError) return 'AWARD_NOT_APPLIED';
  if (r.status === 'AWARDED') return supplierHasShift ? 'RUNNING' : 'ONBOARDING';
  if (r.status === 'CANCELLED' && r.failureReason === 'NO_WAITING_DEMAND') return 'CLOSED_NO_DEMAND';
  return r.status;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

/** The invitation's state as the officer reads it (OnboardingView). */
function invitationState(o: OnboardingRow, now: Date): OnboardingView['invitation'] {
  if (o.invitation_accepted_at) return 'ACCEPTED';
  const made = o.invitation;
  if (!o.invited_at) {
    const none = made?.none;
    return none === 'NO_PHONE' || none === 'HAS_ADMIN' || none === 'LOGIN_TAKEN' ? none : 'NONE';
  }
  if (o.invitation_expires_at && o.invitation_expires_at.getTime() <= now.getTime()) return 'EXPIRED';
  // The award's own invitation whose SMS the gateway did not take (one sent from the users page went).
  // An invitation sent again since (sent_at moved past its making) went out.
  const resent = !!o.invitation_sent_at && o.invitation_sent_at.getTime() > o.invited_at.getTime();
  if (made?.id && 'sentAt' in made && made.sentAt === null && o.last_invitation_id === made.id && !resent)
    return 'NOT_DELIVERED';
  return 'SENT';
}

function awardOf(r: ProcurementRequestEntity, onboarding: OnboardingView | null): AwardView | null {
  if (r.status !== 'AWARDED' || !r.supplierBin) return null;
  const a = (r.award ?? {}) as Record<string, unknown>;
  const c = a.contact && typeof a.contact === 'object' ? (a.contact as Record<string, unknown>) : null;
  return {
    providerId: r.awardedProviderId,
    supplierBin: r.supplierBin.trim(),
    supplierName: str(a.supplierName),
    contractNumber: str(a.contractNumber),
    priceTenge: r.awardedPriceTenge === null ? num(a.priceTenge) : Number(r.awardedPriceTenge),
    tariffPerTrip: num(a.tariffPerTrip),
    tariffPerKm: num(a.tariffPerKm),
    contractStart: str(a.contractStart),
    contractEnd: str(a.contractEnd),
    signedAt: str(a.signedAt),
    contact: c
      ? {
          name: str(c.name),
          phone: str(c.phone),
          email: str(c.email),
          language: LANGUAGES.find((l) => l === c.language) ?? null,
        }
      : null,
    onboarding,
  };
}

function awardErrorOf(r: ProcurementRequestEntity, lang: Language): AwardErrorView | null {
  if (!r.awardError) return null;
  const e = r.awardError as Record<string, unknown>;
  const code = str(e.code) ?? 'REGISTRY_REFUSED';
  return { code, text: procurementReasonText(code, lang), at: str(e.at), supplierBin: str(e.supplierBin) };
}

/**
 * The request with the sizing its lot carries (issue 25): the lot's vehicles and their hours a
 * month are the sizing's, said as such ("from the sizing of 7 December 2026, 95 % target").
 */
function withSizing<S extends { lot?: LotView | null }>(
  summary: S,
  sizing: SizingView | undefined,
  lang: Language,
): S & { sizing: SizingView | null } {
  const s = sizing?.result;
  if (!summary.lot || !sizing || !s) return { ...summary, sizing: sizing ?? null };
  const day = localDateOf(sizing.finishedAt ?? sizing.createdAt);
  const sourceText = PROCUREMENT_SOURCE_TEXTS.SIZING![lang].replace(
    '{date}',
    `${dayMonthText(day, lang)} ${day.slice(0, 4)}`,
  ).replace('{target}', String(s.targetPercent));
  const figures = lotFiguresWithSizing(summary.lot.figures, s).map((f) =>
    f.source === 'SIZING' ? { ...f, sourceText } : f,
  );
  const value = (key: string): number => figures.find((f) => f.key === key)?.value ?? 0;
  return {
    ...summary,
    lot: {
      ...summary.lot,
      figures,
      vehicles: value('vehicles'),
      vehicleHoursPerMonth: value('vehicleHoursPerMonth'),
    },
    sizing,
  };
}

function lotOf(r: ProcurementRequestEntity, lang: Language): LotView | null {
  const l = r.demand.lot;
  if (!l || typeof l !== 'object' || Array.isArray(l)) return null;
  const lot = l as unknown as Omit<LotView, 'figures'> & { figures?: LotFigure[] };
  return {
    start: lot.start,
    end: lot.end,
    days: lot.days,
    suggestedTermDays: lot.suggestedTermDays,
    tripsPerMonth: lot.tripsPerMonth,
    kmPerMonth: lot.kmPerMonth,
    tripsInPeriod: lot.tripsInPeriod,
    wheelchairShare: lot.wheelchairShare,
    vehicles: lot.vehicles,
    vehicleHoursPerMonth: lot.vehicleHoursPerMonth,
    budgetTenge: lot.budgetTenge,
    figures: (lot.figures ?? []).map((f) => ({
      ...f,
      sourceText: PROCUREMENT_SOURCE_TEXTS[sourceTextKey(f, lot)]?.[lang] ?? f.source,
    })),
  };
}

/**
 * The words for where a figure comes from (walk t25 m2, m3): a default period that reaches into
 * the next year (late in the year, procurementNextYearFromMonth) is the rest of this budget year
 * and the next, not "the rest of the budget year"; the budget prices the trips at the tariff
 * (per trip and per km: tariffs have no hourly rate) and not the vehicle hours beside it.
 */
function sourceTextKey(f: LotFigure, lot: { start: string; end: string }): string {
  if (f.key === 'periodDays' && f.source === 'BUDGET_YEAR' && lot.end.slice(0, 4) > lot.start.slice(0, 4))
    return 'BUDGET_YEAR_AND_NEXT';
  if (f.key === 'budget' && f.source === 'COMPUTED') return 'BUDGET_TRIPS_ONLY';
  return f.source;
}
