// The dispatcher's SizeLot job (issue 25, item 2) on its own: the search over the request's
// waiting rides with its progress, the result kept and attached, a redelivered job leaving a
// finished run alone, the refusals it stores in words' codes, and the sweeper's rule for a run
// whose job Redis lost. Through BullMQ: the "whatif" queue runs one job at a time.
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Queue, QueueEvents } from 'bullmq';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { JobName, QUEUE_CONCURRENCY, QueueName } from '@invataxi/queue';
import { sizeLotMessage } from '@invataxi/procurement';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { LotSizingProcessor } from '../../apps/dispatcher/src/whatif/lot-sizing.processor';
import { SweepRegistry } from '../../apps/dispatcher/src/core/sweep-registry';
import { insertAllDayPolicy, insertBeneficiary, insertBooking } from '../procurement/fixtures';
import { testNow } from '../support/clock';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';

jest.setTimeout(120_000);

const HOUR = 3_600_000;
const ABAI = '100000000';
const SEMEY = '101010000';
const EAST = '630000000';
const EAST_PLACE = '636430100';
const ZHAMBYL = '310000000';
const TARAZ = '311010000';

describe('SizeLot job (queue whatif)', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,whatif' });
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    await insertAllDayPolicy(ds, ABAI);
    // A region whose policy has no service hours at all.
    await insertAllDayPolicy(ds, EAST, { serviceHours: [[], [], [], [], [], [], []] });
    await insertAllDayPolicy(ds, ZHAMBYL);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  let drafts = 0;

  /** A DRAFT request of the region with its lot's tariff, and rides waiting for it. */
  async function draftWith(
    region: string,
    place: string,
    rides: { at: string; km: number; wheelchair?: boolean }[],
  ): Promise<string> {
    const today = localDateOf(testNow());
    // One DRAFT per region and period: each request of a test its own period start.
    const periodStart = addDaysToLocalDate(today, drafts++);
    const lot = {
      start: today,
      end: addDaysToLocalDate(today, 89),
      figures: [
        { key: 'tariffPerTrip', value: 2000, unit: 'tenge', source: 'CONFIG_DEFAULT' },
        { key: 'tariffPerKm', value: 150, unit: 'tenge', source: 'CONFIG_DEFAULT' },
      ],
    };
    const [r] = (await ds.query(
      `INSERT INTO procurement_request (region_kato, period_start, period_end, status, uncovered_kato, demand, version)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5::jsonb, 1) RETURNING id`,
      [region, periodStart, lot.end, [place], JSON.stringify({ lot })],
    )) as { id: string }[];
    for (const ride of rides) {
      const who = await insertBeneficiary(ds, region, ride.wheelchair);
      const id = await insertBooking(ds, {
        beneficiaryId: who,
        regionKato: region,
        pickupKato: place,
        purpose: 'MEDICAL',
        // The day after tomorrow at a local time: the same rides whatever the hour of the run.
        at: localDateTimeToUtc(addDaysToLocalDate(today, 2), ride.at),
        createdAt: new Date(testNow().getTime() - HOUR),
        directMetres: 6000,
        wheelchair: ride.wheelchair,
        status: 'AWAITING_PROCUREMENT',
      });
      await ds.query(
        `UPDATE booking SET procurement_request_id = $2, pickup_lat = pickup_lat + $3, dropoff_lat = dropoff_lat + $3
          WHERE id = $1`,
        [id, r!.id, ride.km / 111],
      );
    }
    return r!.id;
  }

  async function sizing(requestId: string, targetPercent: number, createdAt = testNow()): Promise<string> {
    const [s] = (await ds.query(
      `INSERT INTO procurement_sizing (request_id, target_percent, created_at) VALUES ($1, $2, $3) RETURNING id`,
      [requestId, targetPercent, createdAt],
    )) as { id: string }[];
    return s!.id;
  }

  const rowOf = async (id: string): Promise<Record<string, unknown>> =>
    (
      (await ds.query(`SELECT * FROM procurement_sizing WHERE id = $1`, [id])) as Record<string, unknown>[]
    )[0]!;

  it('runs through the whatif queue with progress, keeps the fleet found and attaches it to the lot', async () => {
    expect(QUEUE_CONCURRENCY[QueueName.WhatIf]).toBe(1);
    // Two rides at the same hour 30 km apart, two more later: two vehicles serve all four.
    const requestId = await draftWith(ABAI, SEMEY, [
      { at: '10:00', km: 0 },
      { at: '10:00', km: 30 },
      { at: '13:00', km: 0 },
      { at: '13:00', km: 30, wheelchair: true },
    ]);
    const id = await sizing(requestId, 100);
    const connection = { url: t.config.REDIS_URL };
    const queue = new Queue(QueueName.WhatIf, { connection, prefix: t.config.QUEUE_PREFIX });
    const events = new QueueEvents(QueueName.WhatIf, { connection, prefix: t.config.QUEUE_PREFIX });
    const progress: number[] = [];
    events.on('progress', ({ jobId, data }) => {
      if (jobId === sizeLotMessage(id).jobId) progress.push(data as number);
    });
    await events.waitUntilReady();
    try {
      const msg = sizeLotMessage(id);
      await queue.add(msg.name, msg.payload, { jobId: msg.jobId });
      const done = await eventually(async () => {
        const row = await rowOf(id);
        return row.status === 'DONE' || row.status === 'FAILED' ? row : undefined;
      }, 60_000);
      expect(done).toMatchObject({ status: 'DONE', progress: 100, note: null });
      expect(done.result).toMatchObject({
        targetPercent: 100,
        reached: true,
        vehicles: 2,
        wheelchairVehicles: 1,
        rides: 4,
        served: 4,
        servedPercent: 100,
        tariffPerTrip: 2000,
        tariffPerKm: 150,
        shift: { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '00:00', endTime: '00:00' },
      });
      // No completed ride in the region lately: no expected on-time share, said with the days looked at.
      const today = localDateOf(testNow());
      expect(done.result).toMatchObject({
        expectedOnTimePercent: null,
        delays: {
          rides: 0,
          scope: 'COUNTRY',
          from: addDaysToLocalDate(today, -30),
          to: addDaysToLocalDate(today, -1),
        },
      });
      const result = done.result as { replays: number; costTenge: number; serviceHours: number };
      expect(result.replays).toBeGreaterThan(2);
      expect(result.costTenge).toBeGreaterThan(4 * 2000);
      // Two vehicles round the clock on the one day of rides: 48 hours (not the evening-before shift too).
      expect(result.serviceHours).toBe(48);
      // The job told its progress as it went, never backwards, and ended at 100.
      await eventually(async () => (progress.at(-1) === 100 ? true : undefined), 5_000);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      const [request] = (await ds.query(`SELECT attached_sizing_id FROM procurement_request WHERE id = $1`, [
        requestId,
      ])) as { attached_sizing_id: string }[];
      expect(request!.attached_sizing_id).toBe(id);
      const audit = (await ds.query(
        `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'procurement.sized'`,
        [requestId],
      )) as { after: Record<string, unknown> }[];
      expect(audit).toEqual([
        { after: expect.objectContaining({ sizingId: id, attached: true, vehicles: 2 }) },
      ]);

      // A second run (at 50%) is kept but not attached: the officer chooses.
      const second = await sizing(requestId, 50);
      await worker.get(LotSizingProcessor).run(second);
      expect(await rowOf(second)).toMatchObject({ status: 'DONE' });
      expect(((await rowOf(second)).result as { vehicles: number }).vehicles).toBe(1);
      const [still] = (await ds.query(`SELECT attached_sizing_id FROM procurement_request WHERE id = $1`, [
        requestId,
      ])) as { attached_sizing_id: string }[];
      expect(still!.attached_sizing_id).toBe(id);

      // A job delivered again leaves the finished run as it was.
      const before = await rowOf(id);
      expect(await worker.get(LotSizingProcessor).run(id)).toEqual({ status: 'DONE' });
      expect(await rowOf(id)).toEqual(before);
    } finally {
      await events.close();
      await queue.close();
    }
  });

  it("stores the sized fleet's expected on-time share: the region's recent pickup delays applied to its schedule (walk h4)", async () => {
    const today = localDateOf(testNow());
    /** A completed ride of the region's live service on a day, picked up `delay` seconds after its plan. */
    const completed = async (
      region: string,
      place: string,
      daysAgo: number,
      delay: number,
    ): Promise<void> => {
      const at = localDateTimeToUtc(addDaysToLocalDate(today, -daysAgo), '10:00');
      const id = await insertBooking(ds, {
        beneficiaryId: await insertBeneficiary(ds, region),
        regionKato: region,
        pickupKato: place,
        purpose: 'MEDICAL',
        at,
        createdAt: new Date(at.getTime() - 24 * HOUR),
        directMetres: 6000,
        status: 'ACCEPTED',
      });
      await ds.query(
        `UPDATE booking SET status = 'COMPLETED', planned_pickup_at = $2,
                actual_pickup_at = $2::timestamptz + make_interval(secs => $3)
          WHERE id = $1`,
        [id, new Date(at.getTime() + 5 * 60_000), delay],
      );
    };
    // Two in the last 30 days: one 5 minutes early (on time whatever the plan), one two hours late
    // (late whatever the plan, a window being under an hour): every planned pickup on time with 1/2.
    await completed(ABAI, SEMEY, 1, -300);
    await completed(ABAI, SEMEY, 30, 7200);
    // Not counted: before the 30 days, and another region's.
    await completed(ABAI, SEMEY, 31, 7200);
    await completed(EAST, EAST_PLACE, 2, 7200);
    const id = await sizing(
      await draftWith(ABAI, SEMEY, [
        { at: '11:00', km: 0 },
        { at: '12:00', km: 5 },
      ]),
      100,
    );
    await worker.get(LotSizingProcessor).run(id);
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'DONE' });
    expect(row.result).toMatchObject({
      served: 2,
      expectedOnTimePercent: 50,
      delays: {
        rides: 2,
        scope: 'REGION',
        from: addDaysToLocalDate(today, -30),
        to: addDaysToLocalDate(today, -1),
      },
    });
    const audit = (await ds.query(
      `SELECT after FROM audit_log WHERE entity_id = (SELECT request_id::text FROM procurement_sizing WHERE id = $1)
          AND action = 'procurement.sized'`,
      [id],
    )) as { after: Record<string, unknown> }[];
    expect(audit[0]!.after).toMatchObject({ expectedOnTimePercent: 50 });
  });

  it("applies the country's delays when the region has no completed ride yet (a region buying its first service)", async () => {
    // Zhambyl has none; the country's of the 30 days: Abai's early one and two hours late, East's two hours late.
    const id = await sizing(await draftWith(ZHAMBYL, TARAZ, [{ at: '11:00', km: 0 }]), 100);
    await worker.get(LotSizingProcessor).run(id);
    expect((await rowOf(id)).result).toMatchObject({
      served: 1,
      expectedOnTimePercent: 33.3,
      delays: { rides: 3, scope: 'COUNTRY' },
    });
  });

  it('sizes a round-the-clock lot whose ride crosses midnight (its shifts change when no ride is on the road)', async () => {
    const id = await sizing(await draftWith(ABAI, SEMEY, [{ at: '23:40', km: 0 }]), 100);
    await worker.get(LotSizingProcessor).run(id);
    expect(await rowOf(id)).toMatchObject({ status: 'DONE' });
    expect((await rowOf(id)).result).toMatchObject({ reached: true, vehicles: 1, served: 1 });
  });

  it('stores why it could not size: no service hours, no ride waiting', async () => {
    const noHours = await sizing(await draftWith(EAST, EAST_PLACE, [{ at: '10:00', km: 0 }]), 95);
    expect(await worker.get(LotSizingProcessor).run(noHours)).toEqual({ status: 'FAILED' });
    expect(await rowOf(noHours)).toMatchObject({ status: 'FAILED', note: 'NO_SERVICE_HOURS', result: null });
    const empty = await sizing(await draftWith(ABAI, SEMEY, []), 95);
    await worker.get(LotSizingProcessor).run(empty);
    expect(await rowOf(empty)).toMatchObject({ status: 'FAILED', note: 'NO_WAITING_DEMAND' });
  });

  it('the sweeper queues again a run whose job was lost, and only an unfinished one', async () => {
    const requestId = await draftWith(ABAI, SEMEY, [{ at: '15:00', km: 0 }]);
    const lost = await sizing(requestId, 90, new Date(testNow().getTime() - 10 * 60_000));
    const rule = worker.get(SweepRegistry).rules.find((r) => r.name === 'procurement-sizing')!;
    const staleBefore = new Date(testNow().getTime() - 60_000);
    const messages = await rule.rule(staleBefore);
    expect(messages).toContainEqual({
      name: JobName.SizeLot,
      payload: { sizingId: lost },
      jobId: `${JobName.SizeLot}.${lost}`,
    });
    await ds.query(`UPDATE procurement_sizing SET status = 'FAILED' WHERE id = $1`, [lost]);
    expect((await rule.rule(staleBefore)).map((m) => m.payload)).not.toContainEqual({ sizingId: lost });
  });
});
