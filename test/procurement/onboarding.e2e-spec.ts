// An awarded supplier becomes a provider through the providers' registry (@invataxi/providers),
// the same use cases as the LEB officer's: a new supplier is registered (audit, coverage
// message), a known one (same BIN) gets the request's codes added and the contract unless one
// already covers the dates; what the registry refuses for good fails the poll unrecoverably and
// leaves the request PUBLISHED. The worker's OutcomeRecorder on a fresh database, no queues.
import type { DataSource } from 'typeorm';
import { buildBin, OffsetClock } from '@invataxi/domain';
import {
  createDataSource,
  PlannedWorkRepository,
  ProcurementRequestsRepository,
  ProviderContractsRepository,
  SYSTEM_ACTOR,
} from '@invataxi/persistence';
import { JobName } from '@invataxi/queue';
import type { LotAward } from '@invataxi/procurement';
import { ProviderRegistryService } from '@invataxi/providers';
import { OutcomeRecorder } from '../../apps/dispatcher/src/procurement/outcome-recorder';
import { CLOCK_OFFSET_MS } from '../support/clock';
import { createTestEnv, type TestEnv } from '../support/test-env';

const EAST = '630000000';
const SAMAR_DISTRICT = '636400000';
const SETTLEMENT_Y = '636450100';
const WKO = '270000000';
const WKO_DISTRICT = '272000000';

describe('procurement onboarding through the provider registry', () => {
  let t: TestEnv;
  let ds: DataSource;
  let registry: ProviderRegistryService;
  let recorder: OutcomeRecorder;
  let serial = 500;

  beforeAll(async () => {
    t = await createTestEnv();
    ds = createDataSource({ url: t.config.DATABASE_URL, poolSize: 3 });
    await ds.initialize();
    registry = new ProviderRegistryService(
      ds,
      new PlannedWorkRepository(),
      new ProviderContractsRepository(),
    );
    recorder = new OutcomeRecorder(
      ds,
      null,
      registry,
      new ProcurementRequestsRepository(ds),
      null,
      new OffsetClock(CLOCK_OFFSET_MS),
    );
  });

  afterAll(async () => {
    await ds?.destroy();
    await t?.teardown();
  });

  async function publishedRequest(regionKato: string, codes: string[]): Promise<string> {
    const [row]: { id: string }[] = await ds.query(
      `INSERT INTO procurement_request (region_kato, period_start, period_end, status, method, term_days,
                                        uncovered_kato, external_id, submitted_at, version)
       VALUES ($1, '2026-01-01', '2026-03-31', 'PUBLISHED', 'PRICE_OFFERS', 90, $2, $3, now(), 1) RETURNING id`,
      [regionKato, codes, `lot-${serial++}`],
    );
    return row.id;
  }

  const award = (bin: string, signedAt = '2026-01-10T06:00:00Z'): LotAward => ({
    supplierBin: bin,
    supplierName: '  Awarded Supplier LLP ',
    contractNumber: `GZ-2026-${serial++}`,
    priceTenge: 9_000_000,
    termDays: 90,
    tariffPerTrip: 1800,
    tariffPerKm: 140,
    signedAt,
    supplierContact: {
      name: 'Aigerim Saparova',
      phone: '+77010000001',
      email: 'admin@supplier.kz',
      language: 'kk',
    },
  });

  const audits = async (entityId: string): Promise<string[]> =>
    (
      (await ds.query(`SELECT action FROM audit_log WHERE entity_id = $1::text ORDER BY id`, [entityId])) as {
        action: string;
      }[]
    ).map((r) => r.action);

  const area = async (providerId: string): Promise<string[]> =>
    (
      (await ds.query(
        `SELECT kato_code FROM provider_service_area WHERE provider_id = $1 ORDER BY kato_code`,
        [providerId],
      )) as { kato_code: string }[]
    ).map((r) => r.kato_code);

  const contracts = async (providerId: string): Promise<unknown[]> =>
    ds.query(
      `SELECT reference, tariff_per_trip, tariff_per_km, valid_from::text, valid_to::text
         FROM provider_contract WHERE provider_id = $1 ORDER BY valid_from`,
      [providerId],
    );

  it('registers a new supplier as the registry does, and extends a known one', async () => {
    const bin = buildBin('2601', serial++);
    const first = await publishedRequest(EAST, [SAMAR_DISTRICT]);
    const a = award(bin);
    expect(await recorder.recordAward(first, a)).toBe(true);
    const [req] = await ds.query(
      `SELECT status, awarded_provider_id FROM procurement_request WHERE id = $1`,
      [first],
    );
    expect(req.status).toBe('AWARDED');
    const providerId = req.awarded_provider_id as string;
    const [p] = await ds.query(
      `SELECT legal_name, origin, contract_reference, region_kato, status FROM provider WHERE id = $1`,
      [providerId],
    );
    expect(p).toEqual({
      legal_name: 'Awarded Supplier LLP',
      origin: 'PROCUREMENT_CONTRACT',
      contract_reference: a.contractNumber,
      region_kato: EAST,
      status: 'ACTIVE',
    });
    expect(await area(providerId)).toEqual([SAMAR_DISTRICT]);
    expect(await contracts(providerId)).toEqual([
      {
        reference: a.contractNumber,
        tariff_per_trip: 1800,
        tariff_per_km: 140,
        valid_from: '2026-01-10',
        valid_to: '2026-04-09',
      },
    ]);
    expect(await audits(providerId)).toEqual(['provider.registered', 'provider.onboarded_from_procurement']);
    // the registry's coverage message is in the same transaction's outbox
    const [outbox] = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job_name = $1 AND payload->>'regionKato' = $2`,
      [JobName.AggregateDemand, EAST],
    );
    expect(outbox.n).toBeGreaterThanOrEqual(2);

    // The same supplier wins another lot while its contract runs: area extended, contract kept.
    const second = await publishedRequest(EAST, [SETTLEMENT_Y, SAMAR_DISTRICT]);
    expect(await recorder.recordAward(second, award(bin, '2026-02-01T06:00:00Z'))).toBe(true);
    expect(await area(providerId)).toEqual([SAMAR_DISTRICT, SETTLEMENT_Y]);
    expect(await contracts(providerId)).toHaveLength(1);
    // ... and after it: a second contract.
    const third = await publishedRequest(EAST, [SETTLEMENT_Y]);
    const later = award(bin, '2026-05-01T06:00:00Z');
    expect(await recorder.recordAward(third, later)).toBe(true);
    expect(await contracts(providerId)).toHaveLength(2);
    expect(await audits(providerId)).toEqual([
      'provider.registered',
      'provider.onboarded_from_procurement',
      'provider.area_extended',
      'provider.onboarded_from_procurement',
      'provider.onboarded_from_procurement',
    ]);
    const [onboarded] = await ds.query(
      `SELECT after FROM audit_log WHERE action = 'provider.onboarded_from_procurement' AND after->>'requestId' = $1`,
      [second],
    );
    expect(onboarded.after).toMatchObject({
      contractId: null,
      requestId: second,
      serviceArea: [SETTLEMENT_Y, SAMAR_DISTRICT],
    });
  });

  it('registers a supplier of another region here too, and keeps an award it cannot apply visible (issue 20)', async () => {
    // A company serving another akimat wins this region's lot: registered here too (same BIN),
    // its registration there untouched.
    const { providerId: elsewhere } = await registry.register(
      {
        bin: buildBin('2601', serial++),
        legalName: 'West Supplier LLP',
        contacts: { phone: '+77010000002' },
        origin: 'LOCAL_REGISTRY',
        serviceArea: [WKO_DISTRICT],
        regionKato: WKO,
      },
      SYSTEM_ACTOR,
    );
    const [{ bin: westBin }] = await ds.query(`SELECT bin FROM provider WHERE id = $1`, [elsewhere]);
    const r1 = await publishedRequest(EAST, [SAMAR_DISTRICT]);
    expect(await recorder.recordAward(r1, award(westBin))).toBe(true);
    const registrations: { id: string; region_kato: string; legal_name: string }[] = await ds.query(
      `SELECT id, region_kato, legal_name FROM provider WHERE bin = $1 ORDER BY created_at`,
      [westBin],
    );
    expect(registrations.map((p) => [p.region_kato, p.legal_name])).toEqual([
      [WKO, 'West Supplier LLP'],
      [EAST, 'West Supplier LLP'],
    ]);
    const [{ awarded_provider_id: here, award: recorded }] = await ds.query(
      `SELECT awarded_provider_id, award FROM procurement_request WHERE id = $1`,
      [r1],
    );
    expect(here).toBe(registrations[1]?.id);
    expect(recorded).toMatchObject({
      supplierName: 'Awarded Supplier LLP',
      contractStart: '2026-01-10',
      contractEnd: '2026-04-09',
      contact: { name: 'Aigerim Saparova', phone: '+77010000001', email: 'admin@supplier.kz' },
    });
    expect(await area(here)).toEqual([SAMAR_DISTRICT]);
    expect(await area(elsewhere)).toEqual([WKO_DISTRICT]);

    // A terminated supplier is not brought back by an award: the request stays PUBLISHED with
    // the reason, the officer is alerted, and the poll leaves it until the officer retries.
    const { providerId: gone } = await registry.register(
      {
        bin: buildBin('2601', serial++),
        legalName: 'Gone Supplier LLP',
        origin: 'LOCAL_REGISTRY',
        serviceArea: [SETTLEMENT_Y],
        regionKato: EAST,
      },
      SYSTEM_ACTOR,
    );
    await registry.changeStatus(gone, { status: 'TERMINATED', reason: 'contract ended' }, SYSTEM_ACTOR);
    const [{ bin: goneBin }] = await ds.query(`SELECT bin FROM provider WHERE id = $1`, [gone]);
    const r2 = await publishedRequest(EAST, [SAMAR_DISTRICT]);
    expect(await recorder.recordAward(r2, award(goneBin))).toBe('not-applied');
    // the same answer again changes nothing more (one alert per attempt)
    expect(await recorder.recordAward(r2, award(goneBin))).toBe(false);
    const [row] = await ds.query(
      `SELECT status, awarded_provider_id, award_error FROM procurement_request WHERE id = $1`,
      [r2],
    );
    expect(row).toMatchObject({
      status: 'PUBLISHED',
      awarded_provider_id: null,
      award_error: { code: 'PROVIDER_TERMINATED', supplierBin: goneBin },
    });
    const alerts: { kind: string }[] = await ds.query(
      `SELECT kind FROM procurement_alert WHERE request_id = $1`,
      [r2],
    );
    expect(alerts).toEqual([{ kind: 'ALERT_AWARD_NOT_APPLIED' }]);
    expect(await area(gone)).toEqual([SETTLEMENT_Y]);
  });
});
