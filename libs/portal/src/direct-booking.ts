import { BeneficiaryEntity, type UnitOfWork } from '@invataxi/persistence';
import { JobName, message, type JobMessage } from '@invataxi/queue';
import { beneficiaryPatchOf, type EligibilityLookup } from './eligibility.service';

/**
 * What the Portal's answer means for a direct booking, applied in the booking's transaction:
 * FOUND -> the person's record takes the Portal's snapshot (the booking checks then run on it);
 * NOT_REGISTERED -> the booking is refused as not eligible; UNAVAILABLE -> the booking is made
 * but held in REQUESTED (ELIGIBILITY_PENDING) until the Portal answers (RecheckEligibility).
 */
export async function applyPortalEligibility(
  uow: UnitOfWork,
  person: BeneficiaryEntity,
  lookup: EligibilityLookup,
): Promise<'CHECKED' | 'NOT_REGISTERED' | 'HOLD'> {
  if (lookup.status === 'UNAVAILABLE') return 'HOLD';
  if (lookup.status === 'NOT_REGISTERED') return 'NOT_REGISTERED';
  const patch = beneficiaryPatchOf(lookup.eligibility);
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter(
    (k) => JSON.stringify(person[k]) !== JSON.stringify(patch[k]),
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
