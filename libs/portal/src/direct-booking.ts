import { portalEffect, type PortalAnswer } from '@invataxi/domain';
import { BeneficiaryEntity, type UnitOfWork } from '@invataxi/persistence';
import { JobName, message, type JobMessage } from '@invataxi/queue';
import { beneficiaryPatchOf, type EligibilityLookup } from './eligibility.service';
import { canonicalJson } from './act-signature';

/** The Portal's look-up as the one eligibility rule names it (libs/domain portalEffect). */
export function portalAnswerOf(lookup: EligibilityLookup | null): PortalAnswer {
  if (!lookup) return 'NOT_ASKED';
  return lookup.status === 'FOUND'
    ? 'KNOWN'
    : lookup.status === 'NOT_REGISTERED'
      ? 'NO_RECORD'
      : 'UNAVAILABLE';
}

/**
 * What the Portal's answer means for a booking (any channel but the Portal's own orders), applied
 * in the booking's transaction under the one rule (portalEffect): FOUND -> the person's record
 * takes the Portal's snapshot; NOT_REGISTERED -> the record stands as the officer registered it;
 * the booking checks then run on the record. UNAVAILABLE -> the booking is made but held in
 * REQUESTED (ELIGIBILITY_PENDING) until the Portal answers (RecheckEligibility).
 */
export async function applyPortalEligibility(
  uow: UnitOfWork,
  person: BeneficiaryEntity,
  lookup: EligibilityLookup,
): Promise<'CHECKED' | 'HOLD'> {
  const effect = portalEffect(portalAnswerOf(lookup));
  if (effect.hold) return 'HOLD';
  if (!effect.updateRecord || lookup.status !== 'FOUND') return 'CHECKED';
  const patch = beneficiaryPatchOf(lookup.eligibility);
  // Compared by canonical JSON: PostgreSQL's jsonb keeps its keys in its own order, so the same
  // needs read back from the row would otherwise differ from the Portal's and be written (and
  // audited, and the person's version bumped) at every booking.
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter(
    (k) => canonicalJson(person[k]) !== canonicalJson(patch[k]),
  );
  if (changed.length === 0) return 'CHECKED';
  await uow.manager.update(BeneficiaryEntity, { id: person.id }, {
    ...patch,
    version: person.version + 1,
  } as never);
  Object.assign(person, patch, { version: person.version + 1 });
  uow.audit({
    action: 'beneficiary.eligibility_from_portal',
    entityType: 'beneficiary',
    entityId: person.id,
    // Field names only: the values are health data.
    after: { fields: changed, version: person.version },
  });
  return 'CHECKED';
}

/** The first re-check of a held booking, half a minute on; the sweep keeps asking after that. */
export function eligibilityRecheckMessage(b: { id: string; version: number }): JobMessage {
  return message(
    JobName.RecheckEligibility,
    { bookingId: b.id, version: b.version },
    `${b.id}.v${b.version}`,
    30_000,
  );
}
