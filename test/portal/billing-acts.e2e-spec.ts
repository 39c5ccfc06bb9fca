import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedHeaders } from '@invataxi/portal';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { BillingActProcessor } from '../../apps/dispatcher/src/portal/billing-act.processor';
import { eventually } from '../support/test-env';
import { startPortalStack, type PortalStack } from './portal-stack';

const REGION = '710000000';
const MOBILITY = JSON.stringify({
  wheelchair: 'NONE',
  needsRamp: false,
  needsLift: false,
  visual: false,
  hearing: false,
  intellectual: false,
  guideDog: false,
});

interface Act {
  id: string;
  status: string;
  version: number;
  completedTrips: number;
  noShows: number;
  plannedMetres: number;
  actualMetres: number;
  amountTenge: number;
  portalReference: string | null;
  rejectionReason: string | null;
  paidAt: string | null;
  lines: { kind: string; bookingId: string; amountTenge: number; plannedPickupAt: string | null }[];
  actVersion: number;
  supersedesActId: string | null;
  correctionReason: string | null;
  supersededByActId: string | null;
  signed: boolean;
}

interface Pulled {
  pulled: {
    actId: string;
    actVersion: number;
    status: string;
    supersedesActId: string | null;
    supersededByActId: string | null;
    verified: boolean;
    verification: string | null;
    act: { amountTenge: number };
  }[];
  versions: { actId: string; actVersion: number; supersededByActId: string | null }[] | null;
}

describe('billing acts: a month of rides -> act -> approved -> submitted to the Portal -> reconciled', () => {
  let s: PortalStack;
  let db: Client;
  const providerA = randomUUID();
  const providerB = randomUUID();
  const ride: Record<string, string> = {};
  let officer: string;

  async function provider(id: string, bin: string, perTrip: number, perKm: number): Promise<string> {
    await db.query(
      `INSERT INTO provider (id, bin, legal_name, origin, region_kato, version) VALUES ($1, $2, $3, 'LOCAL_REGISTRY', $4, 1)`,
      [id, bin, `Provider ${bin}`, REGION],
    );
    await db.query(
      `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from) VALUES ($1, 'C-1', $2, $3, '2026-01-01')`,
      [id, perTrip, perKm],
    );
    const vehicle = randomUUID();
    const driver = randomUUID();
    const shift = randomUUID();
    await db.query(
      `INSERT INTO vehicle (id, provider_id, plate, model, seats, wheelchair_places, version) VALUES ($1, $2, $3, 'Van', 3, 1, 1)`,
      [vehicle, id, `${bin.slice(-3)}ABC01`],
    );
    await db.query(
      `INSERT INTO driver (id, provider_id, full_name, licence_number, phone) VALUES ($1, $2, 'Driver', $3, $4)`,
      [driver, id, `L-${bin}`, `+7701${bin.slice(-7)}`],
    );
    await db.query(
      `INSERT INTO shift (id, provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version)
       VALUES ($1, $2, $3, $4, '2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z', 51.1, 71.4, 51.1, 71.4, $5, 1)`,
      [shift, id, vehicle, driver, REGION],
    );
    return shift;
  }

  async function booking(
    name: string,
    shift: string,
    beneficiary: string,
    status: string,
    at: string,
    directMetres: number,
    actualMetres: number | null,
  ): Promise<void> {
    const id = randomUUID();
    ride[name] = id;
    const completed = status === 'COMPLETED';
    await db.query(
      `INSERT INTO booking (id, beneficiary_id, channel, portal_order_id, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility, load_seats,
         load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest, max_ride_seconds,
         direct_seconds, direct_metres, shift_id, planned_pickup_at, arrived_at, actual_pickup_at, actual_dropoff_at, actual_metres,
         cancelled_at, version)
       VALUES ($1, $2, 'PORTAL', $3, $4, 'A', 51.1, 71.4, $4, 'B', 51.2, 71.5, $4, 'PICKUP', $5, 'MEDICAL', $6::jsonb, 1, 0, $7,
         $5, $5::timestamptz + interval '15 minutes', $5, $5::timestamptz + interval '1 hour', 3600, 900, $8, $9, $5,
         CASE WHEN $7 IN ('COMPLETED', 'NO_SHOW') THEN $5::timestamptz END,
         CASE WHEN $10 THEN $5::timestamptz END, CASE WHEN $10 THEN $5::timestamptz + interval '20 minutes' END, $11,
         CASE WHEN $7 = 'CANCELLED' THEN $5::timestamptz - interval '1 day' END, 6)`,
      [
        id,
        beneficiary,
        `PO-${name}`,
        REGION,
        at,
        MOBILITY,
        status,
        directMetres,
        shift,
        completed,
        actualMetres,
      ],
    );
  }

  const api = async <T>(method: 'GET' | 'POST', url: string, token: string, body?: unknown) => {
    const r = await s.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
      });
    return {
      status: r.statusCode,
      body: r.body ? (JSON.parse(r.body) as T) : (undefined as T),
      raw: r.rawPayload,
      headers: r.headers,
    };
  };

  beforeAll(async () => {
    s = await startPortalStack();
    db = new Client({ connectionString: s.t.config.DATABASE_URL });
    await db.connect();
    const person = randomUUID();
    await db.query(
      `INSERT INTO beneficiary (id, iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex, residence_kato,
         residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ($1, '\\x00', 'k1', $2, '9001******11', 'Test Person', '1990-01-01', 'M', $3, 'addr', 51.1, 71.4, 'ADULT_GROUP_1', $4::jsonb, 1)`,
      [person, 'f'.repeat(64), REGION, MOBILITY],
    );
    const a = await provider(providerA, '240140000017', 1500, 120);
    const b = await provider(providerB, '240140000025', 1000, 100);
    // October 2026, local time (UTC+5).
    await booking('a1', a, person, 'COMPLETED', '2026-10-05T04:03:00Z', 8000, 8400); // 1500 + 120*8.4 = 2508
    await booking('a2', a, person, 'COMPLETED', '2026-10-20T06:00:00Z', 12000, null); // planned km: 1500 + 1440 = 2940
    await booking('a3', a, person, 'COMPLETED', '2026-10-31T18:30:00Z', 5000, 5250); // 23:30 local, 31 Oct: 2130
    await booking('a4', a, person, 'COMPLETED', '2026-10-31T19:30:00Z', 5000, 5000); // 00:30 local, 1 Nov: not October
    await booking('a5', a, person, 'NO_SHOW', '2026-10-12T05:00:00Z', 7000, null); // listed apart, 0
    await booking('a6', a, person, 'CANCELLED', '2026-10-14T05:00:00Z', 7000, null); // not billed
    await booking('a7', a, person, 'COMPLETED', '2026-09-30T18:59:00Z', 4000, 4000); // 23:59 local, 30 Sep
    await booking('b1', b, person, 'COMPLETED', '2026-10-10T05:00:00Z', 3000, 3000); // provider B: 1000 + 300 = 1300
    officer = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000a1',
      role: 'LEB_OFFICER',
      regionKato: REGION,
    });
  });

  afterAll(async () => {
    await db?.end();
    await s?.close();
  });

  it('generates the act with the right totals: completed rides priced, no-shows apart, cancellations and other months out', async () => {
    const r = await api<Act>('POST', '/billing-acts', officer, {
      providerId: providerA,
      regionKato: REGION,
      month: '2026-10',
    });
    expect([r.status, r.body]).toEqual([201, expect.anything()]);
    const act = r.body;
    expect(act.status).toBe('DRAFT');
    expect(act.completedTrips).toBe(3);
    expect(act.noShows).toBe(1);
    expect(act.amountTenge).toBe(2508 + 2940 + 2130);
    expect(act.plannedMetres).toBe(8000 + 12000 + 5000);
    expect(act.actualMetres).toBe(8400 + 5250);
    expect(act.lines.map((l) => [l.bookingId, l.kind, l.amountTenge]).sort()).toEqual(
      [
        [ride.a1, 'COMPLETED', 2508],
        [ride.a2, 'COMPLETED', 2940],
        [ride.a3, 'COMPLETED', 2130],
        [ride.a5, 'NO_SHOW', 0],
      ].sort(),
    );
    // Another region's officer and another provider's admin may not touch it.
    const stranger = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000a2',
      role: 'LEB_OFFICER',
      regionKato: '750000000',
    });
    expect(
      (
        await api('POST', '/billing-acts', stranger, {
          providerId: providerA,
          regionKato: REGION,
          month: '2026-10',
        })
      ).status,
    ).toBe(403);
    const otherAdmin = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000a3',
      role: 'PROVIDER_ADMIN',
      providerId: providerB,
    });
    expect((await api('GET', `/billing-acts/${act.id}`, otherAdmin)).status).toBe(403);
    const ownAdmin = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000a4',
      role: 'PROVIDER_ADMIN',
      providerId: providerA,
    });
    expect((await api('GET', `/billing-acts/${act.id}`, ownAdmin)).status).toBe(200);
  });

  it('exports the act as CSV and XLSX with the same lines and total', async () => {
    const [act] = (await api<Act[]>('GET', `/billing-acts?month=2026-10&providerId=${providerA}`, officer))
      .body;
    const res = await s.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: `/billing-acts/${act!.id}/export?format=csv`,
        headers: { authorization: `Bearer ${officer}` },
      });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    // The file names the act, the provider, the region and the month (in the reader's words).
    expect(String(res.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('Акт оплаты — 240140000017 — Астана — 2026-10.csv')}`,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'kind,bookingId,portalOrderId,plannedPickupAt,pickupAt,dropoffAt,plannedKm,actualKm,tariffPerTrip,tariffPerKm,amountTenge',
    );
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[lines.length - 1]).toMatch(/^TOTAL,completed=3,noShows=1,.*,7578$/);
    const x = await s.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: `/billing-acts/${act!.id}/export?format=xlsx`,
        headers: { authorization: `Bearer ${officer}`, 'accept-language': 'en' },
      });
    expect(x.statusCode).toBe(200);
    expect(String(x.headers['content-disposition'])).toContain(
      'filename="Billing act 240140000017 Astana 2026-10.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B9').value).toBe(7578);
    expect(ws.getCell('B9').numFmt).toContain('₸');
    // Headings, kinds and status in words (the page's 'Sent to the portal' / 'Draft'), never keys.
    expect(ws.getCell('A4').value).toBe('Status');
    expect(ws.getCell('B4').value).toBe('Draft');
    expect(ws.getCell('B2').value).toBe('Astana');
    const heads = ws.getRow(11).values as unknown[];
    expect(heads.slice(1, 5)).toEqual(['Line', 'Booking number', 'Portal order', 'Planned pick-up']);
    expect(heads.join(' ')).not.toMatch(/[a-z][A-Z]/);
    const amounts: number[] = [];
    const kinds: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n <= 11) return;
      amounts.push(Number(row.getCell(11).value));
      kinds.push(row.getCell(1).value);
      expect(row.getCell(11).numFmt).toContain('₸');
    });
    expect(amounts.sort((a, b) => a - b)).toEqual([0, 2130, 2508, 2940]);
    // No number left to Excel's General (walk h3 finding 4): trips whole, km with decimals.
    const unformatted: string[] = [];
    ws.eachRow((r, n) =>
      r.eachCell((c, col) => {
        if (typeof c.value === 'number' && !c.numFmt) unformatted.push(`R${n}C${col}`);
      }),
    );
    expect(unformatted).toEqual([]);
    expect([ws.getCell('B5').numFmt, ws.getCell('B7').numFmt]).toEqual(['#,##0', '#,##0.00']);
    expect(kinds.sort()).toEqual(['Completed trip', 'Completed trip', 'Completed trip', 'No-show']);
    // Times as date cells on Astana's clock: the cell reads the local wall time the act's line says.
    const line = act!.lines.find((l) => l.plannedPickupAt)!;
    const row = ws.getRow(12 + act!.lines.findIndex((l) => l.bookingId === line.bookingId));
    const cell = row.getCell(4);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('dd.mm.yyyy hh:mm');
    expect((cell.value as Date).toISOString().slice(0, 16)).toBe(
      new Date(Date.parse(line.plannedPickupAt!) + 5 * 3600_000).toISOString().slice(0, 16),
    );
  });

  it('is approved, submitted to the Portal, and reconciled as paid through the signed callback', async () => {
    const [draft] = (await api<Act[]>('GET', `/billing-acts?month=2026-10&providerId=${providerA}`, officer))
      .body;
    expect(
      (await api('POST', `/billing-acts/${draft!.id}/approve`, officer, { version: draft!.version + 5 }))
        .status,
    ).toBe(409);
    const approved = await api<Act>('POST', `/billing-acts/${draft!.id}/approve`, officer, {
      version: draft!.version,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('APPROVED');
    // Regenerating an approved act is refused.
    expect(
      (
        await api('POST', '/billing-acts', officer, {
          providerId: providerA,
          regionKato: REGION,
          month: '2026-10',
        })
      ).status,
    ).toBe(409);
    const submitted = await eventually(async () => {
      const a = (await api<Act>('GET', `/billing-acts/${draft!.id}`, officer)).body;
      return a.status === 'SUBMITTED' ? a : undefined;
    });
    expect(submitted.portalReference).toBeTruthy();
    const atPortal = await s.control<
      {
        reference: string;
        verified: boolean;
        verification: string | null;
        body: { amountTenge: number; completedTrips: number; noShows: number; lines: unknown[] };
      }[]
    >('GET', '/acts');
    const mine = atPortal.find((a) => a.reference === submitted.portalReference)!;
    expect(mine.body).toMatchObject({ amountTenge: 7578, completedTrips: 3, noShows: 1 });
    expect(mine.body.lines).toHaveLength(4);
    // Signed with the akimat's key; the stand-in checked it against the certificate handed over.
    expect(mine).toMatchObject({ verified: true, verification: null });
    expect(mine.body).toMatchObject({ actId: draft!.id, actVersion: 1, supersedesActId: null });
    const decided = await s.control<{ callback: { status: number } }>(
      'POST',
      `/acts/${submitted.portalReference}/decide`,
      {
        status: 'PAID',
        callback: true,
      },
    );
    expect(decided.callback.status).toBe(200);
    const paid = (await api<Act>('GET', `/billing-acts/${draft!.id}`, officer)).body;
    expect(paid.status).toBe('PAID');
    expect(paid.paidAt).toBeTruthy();
  });

  it('a rejection found by polling the Portal is recorded with its reason', async () => {
    const gen = await api<Act>('POST', '/billing-acts', officer, {
      providerId: providerB,
      regionKato: REGION,
      month: '2026-10',
    });
    expect(gen.body.amountTenge).toBe(1300);
    await api('POST', `/billing-acts/${gen.body.id}/approve`, officer, { version: gen.body.version });
    const submitted = await eventually(async () => {
      const a = (await api<Act>('GET', `/billing-acts/${gen.body.id}`, officer)).body;
      return a.status === 'SUBMITTED' ? a : undefined;
    });
    await s.control('POST', `/acts/${submitted.portalReference}/decide`, {
      status: 'REJECTED',
      reason: 'tariff not approved for 2026',
    });
    const processor = s.worker!.get(BillingActProcessor);
    expect((await processor.poll()).changed).toBe(1);
    const rejected = (await api<Act>('GET', `/billing-acts/${gen.body.id}`, officer)).body;
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.rejectionReason).toBe('tariff not approved for 2026');
    expect((await processor.poll()).changed).toBe(0);
  });

  it('a correction is version 2, superseding version 1 once approved; both stay readable and the Portal pulls both, signed', async () => {
    const [v1] = (await api<Act[]>('GET', `/billing-acts?month=2026-10&providerId=${providerB}`, officer))
      .body;
    expect(v1!.status).toBe('REJECTED');
    // An issued act is never recomputed in place.
    const regenerate = await api('POST', '/billing-acts', officer, {
      providerId: providerB,
      regionKato: REGION,
      month: '2026-10',
    });
    expect(regenerate.status).toBe(409);
    const correction = { version: v1!.version, reason: 'actual km of one ride corrected by the provider' };
    // Only the region's LEB officer corrects an act.
    const byRole = async (token: string) =>
      (await api('POST', `/billing-acts/${v1!.id}/corrections`, token, correction)).status;
    for (const other of [
      s.t.token({
        userId: '00000000-0000-4000-8000-0000000000b1',
        role: 'PROVIDER_ADMIN',
        providerId: providerB,
      }),
      s.t.token({ userId: '00000000-0000-4000-8000-0000000000b2', role: 'MINISTRY_ANALYST' }),
      s.t.token({
        userId: '00000000-0000-4000-8000-0000000000b3',
        role: 'LEB_OFFICER',
        regionKato: '750000000',
      }),
    ])
      expect(await byRole(other)).toBe(403);
    expect(
      (
        await api('POST', `/billing-acts/${v1!.id}/corrections`, officer, {
          ...correction,
          version: v1!.version + 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (await api('POST', `/billing-acts/${v1!.id}/corrections`, officer, { version: v1!.version })).status,
    ).toBe(400);
    await db.query('UPDATE booking SET actual_metres = 5000 WHERE id = $1', [ride.b1]);
    const made = await api<Act>('POST', `/billing-acts/${v1!.id}/corrections`, officer, correction);
    expect(made.status).toBe(201);
    const v2 = made.body;
    expect(v2).toMatchObject({
      status: 'DRAFT',
      actVersion: 2,
      supersedesActId: v1!.id,
      correctionReason: correction.reason,
      amountTenge: 1500,
    });
    expect(v2.id).not.toBe(v1!.id);
    // One correction per act: a second one is refused.
    expect((await api('POST', `/billing-acts/${v1!.id}/corrections`, officer, correction)).status).toBe(409);
    // Until the correction is approved, version 1 is what stands.
    expect((await api<Act>('GET', `/billing-acts/${v1!.id}`, officer)).body.supersededByActId).toBeNull();
    const audit = await db.query(
      "SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'billing_act.correction_drafted'",
      [v2.id],
    );
    expect(audit.rowCount).toBe(1);

    const approved = await api<Act>('POST', `/billing-acts/${v2.id}/approve`, officer, {
      version: v2.version,
    });
    expect(approved.body).toMatchObject({ status: 'APPROVED', signed: true });
    const old = (await api<Act>('GET', `/billing-acts/${v1!.id}`, officer)).body;
    expect(old).toMatchObject({
      status: 'REJECTED',
      actVersion: 1,
      supersededByActId: v2.id,
      amountTenge: 1300,
    });
    await eventually(async () => {
      const a = (await api<Act>('GET', `/billing-acts/${v2.id}`, officer)).body;
      return a.status === 'SUBMITTED' ? a : undefined;
    });
    const atPortal = await s.control<{ actId: string; verified: boolean; body: Record<string, unknown> }[]>(
      'GET',
      '/acts',
    );
    expect(atPortal.find((a) => a.actId === v2.id)).toMatchObject({
      verified: true,
      body: {
        actVersion: 2,
        supersedesActId: v1!.id,
        correctionReason: correction.reason,
        amountTenge: 1500,
      },
    });

    // The Portal pulls the correction with every version of its month, and the whole feed.
    const one = await s.control<Pulled>('POST', '/acts/pull', { actId: v2.id });
    expect(one.pulled).toEqual([
      expect.objectContaining({ actId: v2.id, actVersion: 2, supersedesActId: v1!.id, verified: true }),
    ]);
    expect(one.versions).toEqual([
      expect.objectContaining({ actId: v1!.id, actVersion: 1, supersededByActId: v2.id }),
      expect.objectContaining({ actId: v2.id, actVersion: 2, supersededByActId: null }),
    ]);
    const feed = await s.control<Pulled>('POST', '/acts/pull', {});
    const mine = feed.pulled.filter((p) => p.actId === v1!.id || p.actId === v2.id);
    expect(mine.map((p) => [p.actVersion, p.verified, p.supersededByActId, p.act.amountTenge])).toEqual([
      [1, true, v2.id, 1300],
      [2, true, null, 1500],
    ]);
    // A draft is not the Portal's to see.
    expect(feed.pulled.every((p) => p.status !== 'DRAFT')).toBe(true);
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  (hasOpenssl ? it : it.skip)(
    'a pulled act verifies with openssl as libs/portal/README.md says, and fails once altered',
    async () => {
      const [v2] = (
        await api<Act[]>(
          'GET',
          `/billing-acts?month=2026-10&providerId=${providerB}&status=SUBMITTED`,
          officer,
        )
      ).body;
      const url = `/portal/v1/billing-acts/${v2!.id}`;
      const res = await s.api
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url,
          headers: signedHeaders('portal', s.secret, {
            timestamp: String(Math.floor(Date.now() / 1000)),
            method: 'GET',
            path: url,
            eventId: `evt-${randomUUID()}`,
            body: '',
          }),
        });
      expect(res.statusCode).toBe(200);
      const doc = JSON.parse(res.body) as { act: unknown; signature: string; certificate: string };
      const dir = mkdtempSync(join(tmpdir(), 'act-'));
      const file = (name: string, data: string | Buffer) => {
        writeFileSync(join(dir, name), data);
        return join(dir, name);
      };
      // The canonical bytes as `jq -cjS .act` writes them: keys sorted, no whitespace.
      const sorted = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(sorted)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.keys(v)
                  .sort()
                  .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
              )
            : v;
      const content = JSON.stringify(sorted(doc.act));
      const verify = (body: string) =>
        spawnSync('openssl', [
          'cms',
          '-verify',
          '-binary',
          '-inform',
          'DER',
          '-in',
          file('act.sig', Buffer.from(doc.signature, 'base64')),
          '-content',
          file('act.json', body),
          '-CAfile',
          file('akimat.pem', doc.certificate),
          '-out',
          '/dev/null',
        ]).status;
      expect(verify(content)).toBe(0);
      expect(verify(content.replace('"amountTenge":1500', '"amountTenge":1501'))).not.toBe(0);
    },
  );

  it('an act altered after signing fails the verification at the Portal', async () => {
    const [v1] = (
      await api<Act[]>('GET', `/billing-acts?month=2026-10&providerId=${providerB}&status=REJECTED`, officer)
    ).body;
    await db.query(
      `UPDATE billing_act SET signed_body = replace(signed_body, '"amountTenge":1300', '"amountTenge":9300') WHERE id = $1`,
      [v1!.id],
    );
    const pulled = await s.control<Pulled>('POST', '/acts/pull', { actId: v1!.id });
    expect(pulled.pulled[0]).toMatchObject({ verified: false, verification: 'DIGEST_MISMATCH' });
    expect(pulled.pulled[0]!.act.amountTenge).toBe(9300);
  });

  it('the pull is refused without the signature of the Portal', async () => {
    const inject = (headers: Record<string, string>) =>
      s.api.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/portal/v1/billing-acts', headers });
    expect((await inject({})).statusCode).toBe(401);
    const ts = String(Math.floor(Date.now() / 1000));
    const forged = await inject({
      'x-portal-key-id': 'portal',
      'x-portal-timestamp': ts,
      'x-portal-event-id': 'evt-forged',
      'x-portal-signature': 'ab'.repeat(32),
    });
    expect(forged.statusCode).toBe(401);
  });
});
