/**
 * The Abai region for the procurement story (issue 20), through the platform's own HTTP API as
 * the people who own each record would: the Abai LEB officer publishes the region's policy and
 * registers two Semey riders (with a sign-in account each); the riders are entered in the Portal
 * stand-in's register (a booking in the app is checked against the Portal); and, where the demo
 * runs the procurement stand-in, its first award in the region goes to a named supplier whose
 * administrator's phone the demo prints. No provider serves the region: a Semey booking waits for
 * the procurement. Safe to run twice.
 */
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import { buildBin, NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import { iinOf } from './astana';
import { ABAI, ABAI_OFFICER, ABAI_SUPPLIER, SEMEY_IIN_SERIAL_FROM, SEMEY_RIDERS } from './abai';
import { registerPeopleAtPortal } from './portal-people';
import { Api, registerBeneficiary } from './seed-via-api';

/** The BIN the demo's Abai supplier is awarded under (a fixed one: restarts name the same company). */
export const ABAI_SUPPLIER_BIN = buildBin('2512', 7701);

export interface AbaiSeed {
  officerUserId: string;
  /** Whether the procurement stand-in was told whom to award the region's next lot to. */
  awardPlanned: boolean;
  /** A supplier was already awarded the region (an earlier run of the demo walked the story). */
  alreadyAwarded: boolean;
}

export async function seedAbai(
  ds: DataSource,
  config: AppConfig,
  apiUrl: string,
  issuedAt: Date,
  standIns: { portalUrl: string | null; procurementUrl: string | null },
): Promise<AbaiSeed> {
  await ds.query(
    `INSERT INTO app_user (id, role, display_name, region_kato, language) VALUES ($1, 'LEB_OFFICER', $2, $3, 'ru')
     ON CONFLICT (id) DO NOTHING`,
    [ABAI_OFFICER.id, ABAI_OFFICER.name, ABAI],
  );
  const officer = new Api(
    apiUrl,
    signToken(
      { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER },
      { userId: ABAI_OFFICER.id, role: 'LEB_OFFICER', regionKato: ABAI },
      config.JWT_TTL_SECONDS,
      issuedAt,
    ),
  );

  // The region's policy: the national defaults over the whole region, 07:00-21:00 every day.
  const versions = await officer.call<unknown[]>('GET', `/regions/${ABAI}/policies`);
  if (versions.body.length === 0)
    await officer.call('POST', `/regions/${ABAI}/policies`, {
      rules: {
        ...NATIONAL_DEFAULT_POLICY,
        serviceAreaKato: [ABAI],
        tripsPerMonth: 20,
        minLeadMinutes: 30,
        serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']]),
      },
    });

  const iins = SEMEY_RIDERS.map((b, i) => iinOf(b, SEMEY_IIN_SERIAL_FROM + i));
  for (const [i, b] of SEMEY_RIDERS.entries()) {
    const id = await registerBeneficiary(officer, b, iins[i]!);
    await officer.call('POST', `/beneficiaries/${id}/sign-in-user`, {});
  }
  if (standIns.portalUrl)
    await registerPeopleAtPortal(
      standIns.portalUrl,
      SEMEY_RIDERS.map((b, i) => ({ b, iin: iins[i]! })),
      ABAI,
    );

  // The stand-in awards the region's next lot to the demo's supplier, so that the invitation
  // reaches a phone the demo names; once a supplier runs there, nothing is planned.
  let awardPlanned = false;
  const [awarded] = (await ds.query(
    `SELECT 1 FROM procurement_request WHERE region_kato = $1 AND status = 'AWARDED' LIMIT 1`,
    [ABAI],
  )) as unknown[];
  if (standIns.procurementUrl && !awarded) {
    const res = await fetch(`${standIns.procurementUrl}/_control/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        outcomes: [
          {
            outcome: 'AWARD',
            supplierBin: ABAI_SUPPLIER_BIN,
            supplierName: ABAI_SUPPLIER.name,
            supplierContact: ABAI_SUPPLIER.contact,
          },
        ],
      }),
    });
    if (!res.ok) throw new Error(`the procurement stand-in refused the demo's award plan: ${res.status}`);
    awardPlanned = true;
  }
  return { officerUserId: ABAI_OFFICER.id, awardPlanned, alreadyAwarded: !!awarded };
}
