import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DomainError, suspendedUntil, type NoShowRecord, CLOCK, type Clock } from '@invataxi/domain';
import { assertRegion, type Principal } from '@invataxi/auth';
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
import { PolicyReader } from './policy-reader';
import { bookingView, type BookingView } from './booking.command';

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

  /** The LEB officer of the person's region forgives a no-show; the suspension is recomputed. */
  async forgive(
    p: Principal,
    bookingId: string,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<BookingView> {
    return transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role, requestId: requestId ?? null },
      async (uow) => {
        const b = await uow.manager
          .getRepository(BookingEntity)
          .findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
        const person = await this.beneficiaries.findById(uow.manager, b.beneficiaryId);
        if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: b.beneficiaryId });
        assertRegion(p, person.residenceKato);
        if (b.status !== 'NO_SHOW')
          throw new DomainError('CONFLICT', { reason: 'NOT_A_NO_SHOW', status: b.status });
        if (b.noShowForgivenAt) throw new DomainError('CONFLICT', { reason: 'NO_SHOW_ALREADY_FORGIVEN' });
        const now = this.clock.now();
        await uow.manager.update(BookingEntity, { id: b.id }, { noShowForgivenAt: now });
        uow.audit({
          action: 'booking.no_show_forgiven',
          entityType: 'booking',
          entityId: b.id,
          after: { beneficiaryId: b.beneficiaryId },
        });
        await this.recompute(uow, b.beneficiaryId, now, 'forgiveness', b.id);
        return bookingView(await uow.manager.getRepository(BookingEntity).findOneByOrFail({ id: b.id }));
      },
      keyed,
    );
  }
}
