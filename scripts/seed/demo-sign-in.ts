/**
 * The demo's people get what real people sign in with (issue 19): staff a phone login, a
 * password and, for the roles that need one, a TOTP secret; riders and the guardian a phone for
 * the SMS code. Safe to run twice: a password or secret already set is left as it is. Returns
 * the lines `npm run demo` prints.
 */
import { createHmac } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { totpRequired, type Role } from '@invataxi/domain';
import { SecretBox } from '@invataxi/persistence';
import { ASTANA, BENEFICIARIES, PROVIDERS, STAFF_NAMES } from './astana';
import { ABAI, ABAI_OFFICER, SEMEY_RIDERS } from './abai';

/** The demo's one password (a demo, not a secret: printed on start). */
export const DEMO_PASSWORD = 'invataxi-demo-2026';

export interface DemoLogin {
  label: string;
  role: Role;
  phone: string;
  password: string | null;
  totpSecret: string | null;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** A demo account's TOTP secret: fixed per demo install (from DATA_HASH_KEY), so restarts keep it. */
function demoTotpSecret(config: AppConfig, userId: string): string {
  return base32(
    createHmac('sha256', config.DATA_HASH_KEY).update(`demo-totp:${userId}`).digest().subarray(0, 20),
  );
}

interface StaffSeat {
  id: string;
  label: string;
  role: Role;
  phone: string;
  regionKato: string | null;
  providerId: string | null;
  displayName: string;
}

export async function seedDemoSignIn(
  ds: DataSource,
  config: AppConfig,
  providerIds: Record<string, string>,
): Promise<DemoLogin[]> {
  const seats: StaffSeat[] = [
    {
      id: '0d000000-0000-4000-8000-000000000009',
      label: 'national administrator',
      role: 'ADMIN',
      phone: '+77000000009',
      regionKato: null,
      providerId: null,
      displayName: STAFF_NAMES.admin,
    },
    {
      id: '0d000000-0000-4000-8000-000000000001',
      label: 'LEB officer (Astana)',
      role: 'LEB_OFFICER',
      phone: '+77000000001',
      regionKato: ASTANA,
      providerId: null,
      displayName: STAFF_NAMES.officer,
    },
    {
      id: '0d000000-0000-4000-8000-000000000002',
      label: 'ministry analyst',
      role: 'MINISTRY_ANALYST',
      phone: '+77000000002',
      regionKato: null,
      providerId: null,
      displayName: STAFF_NAMES.analyst,
    },
    {
      id: '0d000000-0000-4000-8000-000000000003',
      label: 'dispatcher (Astana centre)',
      role: 'DISPATCHER',
      phone: '+77000000003',
      regionKato: ASTANA,
      providerId: null,
      displayName: STAFF_NAMES.regionDispatcher,
    },
    {
      // The region with no provider, where the akimat buys the service (issue 20).
      id: ABAI_OFFICER.id,
      label: ABAI_OFFICER.label,
      role: 'LEB_OFFICER',
      phone: ABAI_OFFICER.phone,
      regionKato: ABAI,
      providerId: null,
      displayName: ABAI_OFFICER.name,
    },
  ];
  PROVIDERS.forEach((p, i) => {
    const n = String(i).padStart(2, '0');
    seats.push(
      {
        id: `0d000000-0000-4000-8000-0000000001${n}`,
        label: `provider admin (${p.key})`,
        role: 'PROVIDER_ADMIN',
        phone: `+770000001${n}`,
        regionKato: ASTANA,
        providerId: providerIds[p.key] ?? null,
        displayName: p.staff.admin,
      },
      {
        id: `0d000000-0000-4000-8000-0000000002${n}`,
        label: `dispatcher (${p.key})`,
        role: 'DISPATCHER',
        phone: `+770000002${n}`,
        regionKato: ASTANA,
        providerId: providerIds[p.key] ?? null,
        displayName: p.staff.dispatcher,
      },
    );
  });
  const box = SecretBox.fromConfig(config);
  const logins: DemoLogin[] = [];
  const hash = () =>
    argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

  async function credentials(userId: string, role: Role, phone: string): Promise<string | null> {
    const [u] = (await ds.query(`SELECT password_hash, totp_secret FROM app_user WHERE id = $1`, [
      userId,
    ])) as {
      password_hash: string | null;
      totp_secret: Buffer | null;
    }[];
    const secret = totpRequired(role) ? demoTotpSecret(config, userId) : null;
    await ds.query(
      `UPDATE app_user SET phone = $2,
         password_hash = coalesce(password_hash, $3),
         totp_secret = coalesce(totp_secret, $4), totp_key_id = coalesce(totp_key_id, $5),
         totp_enabled = totp_enabled OR $6
       WHERE id = $1`,
      [
        userId,
        phone,
        u?.password_hash ? null : await hash(),
        secret && !u?.totp_secret ? box.seal('totp-secret', secret) : null,
        secret ? box.keyId : null,
        !!secret,
      ],
    );
    return secret;
  }

  for (const s of seats) {
    await ds.query(
      `INSERT INTO app_user (id, role, display_name, region_kato, provider_id, language) VALUES ($1, $2, $3, $4, $5, 'ru')
       ON CONFLICT (id) DO NOTHING`,
      [s.id, s.role, s.displayName, s.regionKato, s.providerId],
    );
    const totp = await credentials(s.id, s.role, s.phone);
    logins.push({ label: s.label, role: s.role, phone: s.phone, password: DEMO_PASSWORD, totpSecret: totp });
  }
  // Each provider's first driver signs in with the phone of the driver record.
  for (const p of PROVIDERS) {
    const d = p.drivers[0];
    if (!d) continue;
    const [u] = (await ds.query(
      `SELECT u.id FROM app_user u JOIN driver d ON d.id = u.driver_id WHERE d.licence_number = $1 LIMIT 1`,
      [d.licenceNumber],
    )) as { id: string }[];
    if (!u) continue;
    await credentials(u.id, 'DRIVER', d.phone);
    logins.push({
      label: `driver (${d.fullName})`,
      role: 'DRIVER',
      phone: d.phone,
      password: DEMO_PASSWORD,
      totpSecret: null,
    });
  }
  // Riders: the phone on their record; the guardian: her own.
  await ds.query(
    `UPDATE app_user SET phone = '+77011234599' WHERE id = '0d000000-0000-4000-8000-000000000004'`,
  );
  logins.push({
    label: 'guardian (Гульмира Калиева)',
    role: 'GUARDIAN',
    phone: '+77011234599',
    password: null,
    totpSecret: null,
  });
  for (const b of BENEFICIARIES)
    logins.push({
      label: `rider (${b.fullName})`,
      role: 'BENEFICIARY',
      phone: b.phone,
      password: null,
      totpSecret: null,
    });
  for (const b of SEMEY_RIDERS)
    logins.push({
      label: `rider in Semey (${b.fullName})`,
      role: 'BENEFICIARY',
      phone: b.phone,
      password: null,
      totpSecret: null,
    });
  return logins;
}

/** How to sign in as each of them, for the demo's output. */
export function signInLines(logins: DemoLogin[], apiUrl: string, smsInbox: string): string[] {
  const staff = logins.filter((l) => l.password);
  const riders = logins.filter((l) => !l.password);
  return [
    `Sign in at ${apiUrl}/signin. Codes and invitation links arrive in the SMS stand-in's inbox: ${smsInbox}`,
    '',
    'Riders and the guardian: "sign in by phone", enter the number, then the code from the inbox:',
    ...riders.map((l) => `  ${l.label.padEnd(40)} ${l.phone}`),
    '',
    `Staff: phone + password "${DEMO_PASSWORD}"; the roles with a TOTP secret then ask for a code`,
    '(add the secret to an authenticator app, or print the current code with `npm run totp -- <secret>`):',
    ...staff.map(
      (l) => `  ${l.label.padEnd(40)} ${l.phone}${l.totpSecret ? `   TOTP secret ${l.totpSecret}` : ''}`,
    ),
    '',
    'Scripts and tests can still mint a bearer token: npm run token -- --role dispatcher --region 710000000',
  ];
}

/**
 * How a person walks the procurement story of issue 20 (the Abai region, where no provider runs
 * yet), in the demo's output: which seat, what to do, what they should see.
 */
export function procurementStoryLines(
  logins: DemoLogin[],
  smsInbox: string,
  supplier: { name: string; phone: string } | null,
  alreadyAwarded = false,
): string[] {
  const officer = logins.find((l) => l.label === ABAI_OFFICER.label);
  const rider = SEMEY_RIDERS[0]!;
  if (alreadyAwarded)
    return [
      'The procurement story: an earlier run of this demo already bought the service in the Abai region, so',
      "Semey's rides now go to its supplier. To walk the story again, start the demo on a new database",
      '(another DATABASE_URL, or drop this one).',
    ];
  return [
    'The procurement story: the Abai region has no transport provider yet, so the akimat buys the service.',
    `  1. Sign in as the rider in Semey (${rider.fullName}, ${rider.phone}, "sign in by phone"), open "Book a ride",`,
    '     from home to a Semey address (type "Абая Кунанбаева 103", the medical university) on any date.',
    '     The ride waits for the procurement: "My rides" says so and from which date service is expected.',
    `  2. Sign in as the ${ABAI_OFFICER.label} (${officer?.phone ?? ABAI_OFFICER.phone}, the password, the TOTP code) and open`,
    '     "Unmet demand": the request for Semey lists the rides waiting and what the lot buys. Check the period.',
    '     Under "Size the lot from evidence" enter 95 and press "Size the lot": within seconds the card says how',
    '     many vehicles (wheelchair-accessible among them), which hours, the share served, on-time and the cost;',
    '     the lot carries it. Press "Submit". The procurement stand-in publishes the lot and awards it a few seconds later',
    '     (reload the page): the card shows the supplier, its price and contract, and its start.',
    ...(supplier
      ? [
          `  3. The supplier ${supplier.name} is invited by SMS at ${supplier.phone}: open the inbox (${smsInbox}),`,
          '     follow the invitation link, set a password and sign in. On "Fleet and rota" add a vehicle, a driver',
          '     and a shift covering the ride: the ride is scheduled within seconds and the rider gets an SMS.',
        ]
      : [
          `  3. The awarded supplier's administrator is invited by SMS: the inbox (${smsInbox}) shows the link.`,
          '     Sign in with it, then on "Fleet and rota" add a vehicle, a driver and a shift covering the ride.',
        ]),
  ];
}
