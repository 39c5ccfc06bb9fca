import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { NATIONAL_DEFAULT_POLICY, checkEligibility, localDateOf, portalEffect } from '@invataxi/domain';
import { eligibilityPersonOf } from '@invataxi/booking';
import {
  BeneficiaryEntity,
  BookingEntity,
  IinCipher,
  SYSTEM_ACTOR,
  ServicePolicyEntity,
  transact,
  transitionBooking,
} from '@invataxi/persistence';
import {
  EligibilityService,
  PORTAL_IIN_CIPHER,
  PortalUnavailableError,
  beneficiaryPatchOf,
  portalAnswerOf,
} from '@invataxi/portal';
import { JobName, OnJob, type JobOf } from '@invataxi/queue';

/**
 * A booking made while the Portal could not be asked waits in REQUESTED (never accepted on
 * trust, never dropped). This asks the Portal again: still down -> the job fails and retries
 * with back-off (and the sweep re-enqueues it later); an answer -> the person's record takes
 * the Portal's snapshot (when it knows them) and the booking is ACCEPTED or REJECTED with the
 * eligibility reason on the record (portalEffect: one rule for every channel).
 * The other checks (hours, area, quota, overlap) ran when the booking was made.
 */
@Injectable()
export class EligibilityRecheckProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly eligibility: EligibilityService,
    @Inject(PORTAL_IIN_CIPHER) private readonly cipher: IinCipher,
    @InjectRepository(BookingEntity) private readonly bookings: Repository<BookingEntity>,
    @InjectRepository(BeneficiaryEntity) private readonly people: Repository<BeneficiaryEntity>,
    @InjectRepository(ServicePolicyEntity) private readonly policies: Repository<ServicePolicyEntity>,
  ) {}

  /** Public for tests: the booking's status afterwards, or null when there was nothing to do. */
  @OnJob(JobName.RecheckEligibility)
  async recheck(p: JobOf<JobName.RecheckEligibility>): Promise<{ status: string } | null> {
    const booking = await this.bookings.findOneBy({ id: p.bookingId });
    if (!booking || booking.status !== 'REQUESTED') return null;
    // Not findOneBy: the compiler gives up on this entity's where-type (too deep).
    const person = await this.people.createQueryBuilder().whereInIds(booking.beneficiaryId).getOneOrFail();
    const answer = await this.eligibility.lookup(this.cipher.decrypt(person.iinCiphertext, person.iinKeyId), {
      refresh: true,
    });
    if (answer.status === 'UNAVAILABLE')
      throw new PortalUnavailableError('Portal still unavailable for eligibility');
    // The rules the booking was checked against when it was made (null: the national defaults).
    const stored = booking.policyId ? await this.policies.findOneBy({ id: booking.policyId }) : null;
    const rules = stored?.rules ?? NATIONAL_DEFAULT_POLICY;
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const current = await uow.manager
        .getRepository(BookingEntity)
        .findOne({ where: { id: booking.id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.status !== 'REQUESTED') return null;
      // The one rule (portalEffect): the Portal's answer is written onto the record when it knows
      // the person; when it has no record, the record stands as the officer registered it.
      let record: BeneficiaryEntity = person;
      if (portalEffect(portalAnswerOf(answer)).updateRecord && answer.status === 'FOUND') {
        const patch = beneficiaryPatchOf(answer.eligibility);
        await uow.manager.update(BeneficiaryEntity, { id: person.id }, {
          ...patch,
          version: person.version + 1,
        } as never);
        uow.audit({
          action: 'beneficiary.eligibility_from_portal',
          entityType: 'beneficiary',
          entityId: person.id,
          after: { fields: Object.keys(patch), version: person.version + 1 },
        });
        record = { ...person, ...patch };
      }
      const outcome = checkEligibility(
        eligibilityPersonOf(record),
        rules,
        localDateOf(current.requestedTime),
      );
      const to = outcome.eligible ? 'ACCEPTED' : 'REJECTED';
      await transitionBooking(uow, {
        bookingId: current.id,
        to,
        expectedVersion: null,
        reason: outcome.eligible ? null : outcome.reason,
      });
      return { status: to };
    });
  }
}
