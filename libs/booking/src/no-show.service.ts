import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  DomainError,
  noShowDisputeInTime,
  noShowDisputeLastDay,
  suspendedUntil,
  type NoShowDisputeRejection,
  type NoShowForgiveReason,
  type NoShowRecord,
  CLOCK,
  type Clock,
  katoPrefix,
} from '@invataxi/domain';
import { assertRegion, forbid, type Principal } from '@invataxi/auth';
import {
  InjectDataSource,
  BeneficiaryEntity,
  BookingEntity,
  BookingQueriesRepository,
  transactAnswering,
  type KeyedRequest,
  type UnitOfWork,
  BeneficiariesRepository,
} from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';
import { PolicyReader } from './policy-reader';

/** The rider's message about a decided dispute: one per booking (a dispute is decided once). */
const noShowDecisionMessage = (bookingId: string) =>
  message(JobName.NotifyNoShowDecision, { bookingId }, `no-show-decision.${bookingId}`);
import { bookingView, withRiders, type BookingView } from './booking.command';
import { BeneficiaryAccess } from './beneficiary-access';

/**
 * The no-show rule (issue 3): N no-shows within M days suspend the person for D days; the LEB
 * officer may forgive one, which never counts again. The rule in force in the person's region
 * at the time of the decision applies.
 */
@Injectable()
export class NoShowService {
  constructor(
    private readonly beneficiaries: BeneficiariesRepository,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly policies: PolicyReader,
    private readonly bookings: BookingQueriesRepository,
    private readonly access: BeneficiaryAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * For the driver API: call in the same transaction right after the booking moved to NO_SHOW.
   * Returns the suspension end in force now (null = may book).
   */
  async applyNoShow(uow: UnitOfWork, bookingId: string, now = this.clock.now()): Promise<Date | null> {
    const b = await uow.manager.getRepository(BookingEntity).findOneBy({ id: bookingId });
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
    if (b.status !== 'NO_SHOW')
      throw new DomainError('CONFLICT', { reason: 'NOT_A_NO_SHOW', status: b.status });
    // The rider may dispute it until a day set now, by the rule in force in their region now.
    const person = await this.beneficiaries.findById(uow.manager, b.beneficiaryId);
    if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: b.beneficiaryId });
    const policy = await this.policies.inForce(uow.manager, person.residenceKato, now);
    await uow.manager.update(
      BookingEntity,
      { id: b.id },
      { noShowDisputeUntil: noShowDisputeLastDay(now, policy.rules) },
    );
    return this.recompute(uow, b.beneficiaryId, now, 'no_show', b.id);
  }

  /** Re-reads the person's no-shows and sets suspended_until from the rule (only by the rule). */
  async recompute(
    uow: UnitOfWork,
    beneficiaryId: string,
    now: Date,
    cause: string,
    bookingId: string,
  ): Promise<Date | null> {
    const person = await this.beneficiaries.findById(uow.manager, beneficiaryId, 'update');
    if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
    const policy = await this.policies.inForce(uow.manager, person.residenceKato, now);
    const records: NoShowRecord[] = await this.bookings.noShowsOf(uow.manager, beneficiaryId);
    const until = suspendedUntil(records, policy.rules.noShowRule, now);
    const before = person.suspendedUntil;
    if ((before?.getTime() ?? null) !== (until?.getTime() ?? null)) {
      await uow.manager.update(BeneficiaryEntity, { id: person.id }, { suspendedUntil: until });
      uow.audit({
        action: until ? 'beneficiary.suspended' : 'beneficiary.suspension_lifted',
        entityType: 'beneficiary',
        entityId: person.id,
        before: { suspendedUntil: before?.toISOString() ?? null },
        after: {
          suspendedUntil: until?.toISOString() ?? null,
          cause,
          bookingId,
          counted: records.filter((r) => !r.forgiven).length,
          policyId: policy.id,
        },
      });
    }
    return until;
  }

  /**
   * One change to a no-show, in a transaction answering the booking as it then stands: the
   * booking locked with its person, the caller's scope checked, then `work`.
   */
  private onNoShow(
    p: Principal,
    bookingId: string,
    ids: { requestId?: string; keyed?: KeyedRequest },
    check: (uow: UnitOfWork, person: BeneficiaryEntity) => Promise<void> | void,
    work: (uow: UnitOfWork, b: BookingEntity, now: Date) => Promise<void>,
  ): Promise<BookingView> {
    return transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role, requestId: ids.requestId ?? null },
      async (uow) => {
        const b = await uow.manager
          .getRepository(BookingEntity)
          .findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
        const person = await this.beneficiaries.findById(uow.manager, b.beneficiaryId);
        if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: b.beneficiaryId });
        await check(uow, person);
        if (b.status !== 'NO_SHOW')
          throw new DomainError('CONFLICT', { reason: 'NOT_A_NO_SHOW', status: b.status });
        await work(uow, b, this.clock.now());
        return bookingView(await uow.manager.getRepository(BookingEntity).findOneByOrFail({ id: b.id }));
      },
      ids.keyed,
    );
  }

  /**
   * The LEB officer of the person's region forgives a no-show, with a coded reason kept with it
   * (issue 21); the suspension is recomputed.
   */
  forgive(
    p: Principal,
    bookingId: string,
    reason: NoShowForgiveReason,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<BookingView> {
    return this.onNoShow(
      p,
      bookingId,
      { requestId, keyed },
      (_, person) => assertRegion(p, person.residenceKato),
      async (uow, b, now) => {
        if (b.noShowForgivenAt) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_ALREADY_FORGIVEN' });
        // Forgiving a disputed no-show decides the dispute for the rider.
        const decides = b.noShowDisputedAt && !b.noShowDisputeDecision;
        await uow.manager.update(
          BookingEntity,
          { id: b.id },
          {
            noShowForgivenAt: now,
            noShowForgivenReason: reason,
            ...(decides
              ? {
                  noShowDisputeDecision: 'UPHELD',
                  noShowDisputeDecidedAt: now,
                  noShowDisputeDecidedBy: p.userId,
                }
              : {}),
          },
        );
        if (decides) uow.enqueue(noShowDecisionMessage(b.id));
        uow.audit({
          action: 'booking.no_show_forgiven',
          entityType: 'booking',
          entityId: b.id,
          // The reason is a code (NO_SHOW_FORGIVE_REASONS), never the person's circumstances.
          after: { beneficiaryId: b.beneficiaryId, reason },
        });
        await this.recompute(uow, b.beneficiaryId, now, 'forgiveness', b.id);
      },
    );
  }

  /**
   * The rider (or their guardian) disputes a no-show (issue 23): in their words, once. Until the
   * LEB officer or the region's dispatcher decides, it does not count towards a suspension.
   */
  dispute(
    p: Principal,
    bookingId: string,
    text: string,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<BookingView> {
    return this.onNoShow(
      p,
      bookingId,
      { requestId, keyed },
      async (uow, person) => {
        if (p.role !== 'BENEFICIARY' && p.role !== 'GUARDIAN') forbid('role');
        await this.access.assertMayActFor(uow.manager, p, person);
      },
      async (uow, b, now) => {
        if (b.noShowForgivenAt) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_ALREADY_FORGIVEN' });
        if (b.noShowDisputedAt) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_ALREADY_DISPUTED' });
        if (b.noShowDisputeUntil && !noShowDisputeInTime(now, b.noShowDisputeUntil))
          throw new DomainError('CONFLICT', {
            reason: 'NO_SHOW_DISPUTE_TOO_LATE',
            lastDay: b.noShowDisputeUntil,
          });
        await uow.manager.update(
          BookingEntity,
          { id: b.id },
          { noShowDisputedAt: now, noShowDisputeText: text.trim() },
        );
        // Not the text: it may name health (the audit keeps that it was disputed, and by whom).
        uow.audit({ action: 'booking.no_show_disputed', entityType: 'booking', entityId: b.id });
        await this.recompute(uow, b.beneficiaryId, now, 'dispute', b.id);
      },
    );
  }

  /**
   * The LEB officer of the person's region, or the region's dispatch centre (never a provider's
   * dispatcher: the provider is a party to it), decides a dispute: upheld forgives the no-show,
   * rejected lets it count; the suspension is recomputed either way.
   */
  /**
   * The open no-show disputes for a decider (issue 23): those of riders living in the caller's
   * region, the oldest dispute first, each with the rider's name and phone, its evidence and
   * deadline. The LEB officer and the region's dispatch centre decide, as decideDispute: a
   * provider's dispatcher is a party to the dispute, so none is in their scope (an empty list).
   */
  async openDisputes(p: Principal, limit = 200): Promise<BookingView[]> {
    if (p.role !== 'LEB_OFFICER' && p.role !== 'DISPATCHER') forbid('role');
    if (p.providerId) return [];
    if (!p.regionKato) forbid('region');
    const rows = await this.bookings.openNoShowDisputes(katoPrefix(p.regionKato), limit);
    return withRiders(
      rows.map((b) => bookingView(b)),
      await this.bookings.ridersOf(rows.map((b) => b.id)),
    );
  }

  decideDispute(
    p: Principal,
    bookingId: string,
    decision: { upheld: boolean; reason: NoShowDisputeRejection | null; note: string | null },
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<BookingView> {
    return this.onNoShow(
      p,
      bookingId,
      { requestId, keyed },
      (_, person) => {
        if (!decision.upheld && !decision.reason)
          throw new DomainError('VALIDATION', {
            errors: [{ field: 'reason', code: 'REQUIRED', message: 'a rejected dispute needs a reason' }],
          });
        if (p.role !== 'LEB_OFFICER' && p.role !== 'DISPATCHER') forbid('role');
        if (p.providerId) forbid('provider');
        assertRegion(p, person.residenceKato);
      },
      async (uow, b, now) => {
        const { upheld } = decision;
        if (!b.noShowDisputedAt) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_NOT_DISPUTED' });
        if (b.noShowDisputeDecision) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_DISPUTE_DECIDED' });
        await uow.manager.update(
          BookingEntity,
          { id: b.id },
          {
            noShowDisputeDecision: upheld ? 'UPHELD' : 'REJECTED',
            noShowDisputeDecidedAt: now,
            noShowDisputeDecidedBy: p.userId,
            noShowDisputeReason: upheld ? null : decision.reason,
            noShowDisputeNote: decision.note,
            ...(upheld ? { noShowForgivenAt: now } : {}),
          },
        );
        // The rider is told the decision and why (in-app and SMS, their language).
        uow.enqueue(noShowDecisionMessage(b.id));
        uow.audit({
          action: upheld ? 'booking.no_show_dispute_upheld' : 'booking.no_show_dispute_rejected',
          entityType: 'booking',
          entityId: b.id,
          // The code only: the decider's note may name the rider's circumstances.
          after: { beneficiaryId: b.beneficiaryId, reason: upheld ? null : decision.reason },
        });
        await this.recompute(uow, b.beneficiaryId, now, upheld ? 'dispute_upheld' : 'dispute_rejected', b.id);
      },
    );
  }
}
