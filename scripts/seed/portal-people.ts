/**
 * The demo's beneficiaries entered in the Portal stand-in's register: a rider booking in the
 * app is checked against the Portal (issue 8), and the stand-in knows only its own synthetic
 * people until told of these. What it answers for them is what the demo recorded for them.
 */
import { ASTANA, BENEFICIARIES, iinOf, portalNeedsOf, sexOf } from './astana';

/** `portalUrl`: the stand-in's Portal prefix (the demo's PORTAL_URL). */
export async function registerDemoPeopleAtPortal(portalUrl: string): Promise<void> {
  const people = BENEFICIARIES.map((b, i) => ({
    iin: iinOf(b, i),
    fullName: b.fullName,
    phone: b.phone,
    birthDate: b.birthDate,
    sex: sexOf(b),
    residence: b.home,
    category: b.category,
    validUntil: b.validUntil,
    needs: portalNeedsOf(b),
    companionEntitled: b.companionEntitled,
    payerKato: ASTANA,
  }));
  const res = await fetch(`${portalUrl}/_control/people`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ people }),
  });
  if (!res.ok) throw new Error(`the Portal stand-in refused the demo's people: ${res.status}`);
}
