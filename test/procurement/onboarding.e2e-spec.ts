// An awarded supplier becomes a provider through the providers' registry (@invataxi/providers),
// the same use cases as the LEB officer's: a new supplier is registered (audit, coverage
// message), a known one (same BIN) gets the request's codes added and the contract unless one
// already covers the dates; what the registry refuses for good fails the poll unrecoverably and
// leaves the request PUBLISHED. The worker's OutcomeRecorder on a fresh database, no queues.
import type { DataSource } from 'typeorm';
import { buildBin } from '@invataxi/domain';
import {
  createDataSource,
  PlannedWorkRepository,
  ProcurementRequestsRepository,
  ProviderContractsRepository,
  SYSTEM_ACTOR,
} from '@invataxi/persistence';
import { JobName, UnrecoverableError } from '@invataxi/queue';
import type { LotAward } from '@invataxi/procurement';
import { ProviderRegistryService } from '@invataxi/providers';
import { OutcomeRecorder } from '../../apps/dispatcher/src/procurement/outcome-recorder';
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
    recorder = new OutcomeRecorder(ds, null, registry, new ProcurementRequestsRepository(ds));
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

  it('refuses for good what the registry refuses, and the request stays PUBLISHED', async () => {
    // A supplier registered in another region cannot be given this region's codes.
    const { providerId: elsewhere } = await registry.register(
      {
        bin: buildBin('2601', serial++),
        legalName: 'West Supplier LLP',
        origin: 'LOCAL_REGISTRY',
        serviceArea: [WKO_DISTRICT],
        regionKato: WKO,
      },
      SYSTEM_ACTOR,
    );
    const [{ bin: westBin }] = await ds.query(`SELECT bin FROM provider WHERE id = $1`, [elsewhere]);
    const r1 = await publishedRequest(EAST, [SAMAR_DISTRICT]);
    await expect(recorder.recordAward(r1, award(westBin))).rejects.toBeInstanceOf(UnrecoverableError);

    // A terminated supplier is not brought back by an award.
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
    await expect(recorder.recordAward(r2, award(goneBin))).rejects.toBeInstanceOf(UnrecoverableError);

    const rows: { status: string; awarded_provider_id: string | null }[] = await ds.query(
      `SELECT status, awarded_provider_id FROM procurement_request WHERE id = ANY($1::uuid[])`,
      [[r1, r2]],
    );
    expect(rows).toEqual([
      { status: 'PUBLISHED', awarded_provider_id: null },
      { status: 'PUBLISHED', awarded_provider_id: null },
    ]);
    expect(await area(elsewhere)).toEqual([WKO_DISTRICT]);
    expect(await area(gone)).toEqual([SETTLEMENT_Y]);
  });
});
