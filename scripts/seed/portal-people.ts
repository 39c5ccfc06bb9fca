/**
 * The demo's beneficiaries entered in the Portal stand-in's register: a rider booking in the
 * app is checked against the Portal (issue 8), and the stand-in knows only its own synthetic
 * people until told of these. What it answers for them is what the demo recorded for them.
 */
import { ASTANA, BENEFICIARIES, iinOf, portalNeedsOf, sexOf, type DemoBeneficiary } from './astana';

/** `portalUrl`: the stand-in's Portal prefix (the demo's PORTAL_URL). */
export async function registerDemoPeopleAtPortal(portalUrl: string): Promise<void> {
  await registerPeopleAtPortal(
    portalUrl,
    BENEFICIARIES.map((b, i) => ({ b, iin: iinOf(b, i) })),
    ASTANA,
  );
}

/** Enters these people in the stand-in's register, the akimat of `payerKato` paying for their rides. */
export async function registerPeopleAtPortal(
  portalUrl: string,
  list: { b: DemoBeneficiary; iin: string }[],
  payerKato: string,
): Promise<void> {
  const people = list.map(({ b, iin }) => ({
    iin,
    fullName: b.fullName,
    phone: b.phone,
    birthDate: b.birthDate,
    sex: sexOf(b),
    residence: b.home,
    category: b.category,
    validUntil: b.validUntil,
    needs: portalNeedsOf(b),
    companionEntitled: b.companionEntitled,
    payerKato,
  }));
  const res = await fetch(`${portalUrl}/_control/people`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ people }),
  });
  if (!res.ok) throw new Error(`the Portal stand-in refused the demo's people: ${res.status}`);
}
