import ExcelJS from 'exceljs';
import { summarise, type WhatIfRunResult, type WhatIfScenarioParams } from '@invataxi/domain';
import { scenariosXlsx } from './whatif.export';
import type { WhatIfScenarioView } from './whatif.service';

const ASTANA = '710000000';

const asRecorded: WhatIfScenarioParams = {
  demand: { from: '2026-11-07', to: '2026-12-06', growth: 1 },
  fleet: [],
  policy: { serviceHours: null, minLeadMinutes: null, windowMinutes: null, rideTimeFactor: null },
};

const result: WhatIfRunResult = {
  requests: 0,
  servedShare: null,
  servedByReplan: 0,
  replans: { run: 0, applied: 0 },
  fleet: { vehicles: 0, wheelchairVans: 0, cars: 0, shifts: 0 },
  figures: summarise([]),
  seconds: 1,
};

function view(name: string, params: WhatIfScenarioParams, finishedAt: string): WhatIfScenarioView {
  return {
    id: name,
    regionKato: ASTANA,
    name,
    params,
    status: 'DONE',
    progress: 100,
    note: null,
    attempts: 1,
    createdAt: '2026-12-07T08:00:00.000Z',
    startedAt: '2026-12-07T08:00:01.000Z',
    finishedAt,
    result,
  };
}

async function rowsOf(scenarios: WhatIfScenarioView[], lang: 'kk' | 'ru' | 'en') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await scenariosXlsx(scenarios, lang)) as never);
  const ws = wb.worksheets[0]!;
  return ws.getRows(1, ws.rowCount)!.map((r) => (r.values as unknown[]).slice(1));
}

describe('what-if workbook (walk h4)', () => {
  const fewer = view(
    'Fewer vans',
    {
      ...asRecorded,
      fleet: [
        { kind: 'WHEELCHAIR_VAN', count: -2, shiftStart: '08:00', shiftEnd: '20:00' },
        { kind: 'CAR', count: 1, shiftStart: '08:00', shiftEnd: '20:00' },
      ],
    },
    '2026-12-07T09:30:00.000Z',
  );
  const base = view('As recorded', asRecorded, '2026-12-07T09:10:00.000Z');

  it('marks the baseline, says the region and when each ran in its header rows', async () => {
    // The baseline is the scenario that changes nothing, whichever was chosen first.
    // ... and its column comes first, chosen second or not (walk t25 m8).
    const rows = await rowsOf([fewer, base], 'en');
    expect(rows[2]).toEqual(['', 'As recorded (baseline)', 'Fewer vans']);
    expect(rows[3]).toEqual(['Region', 'Astana', 'Astana']);
    // Astana's wall-clock time (UTC+5).
    expect(rows[4]).toEqual([
      'Calculated at',
      new Date('2026-12-07T14:10:00.000Z'),
      new Date('2026-12-07T14:30:00.000Z'),
    ]);
    const ru = await rowsOf([fewer, base], 'ru');
    expect(ru[3]).toEqual(['Регион', 'Астана', 'Астана']);
    expect(ru[2]![1]).toBe('As recorded (базовый)');
  });

  it('says a fleet change in words with its plural, never "-2 wheelchair vehicle"', async () => {
    const fleetRow = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)![2];
    expect(fleetRow(await rowsOf([fewer, base], 'en'), 'Fleet change')).toBe(
      '2 fewer wheelchair vehicles; 1 more car, 08:00–20:00',
    );
    expect(fleetRow(await rowsOf([fewer, base], 'ru'), 'Изменение парка')).toBe(
      'на 2 машины с местом для коляски меньше; на 1 легковую машину больше, 08:00–20:00',
    );
    expect(fleetRow(await rowsOf([fewer, base], 'kk'), 'Көліктер өзгерісі')).toBe(
      'арбаға арналған 2 көлік азырақ; 1 жеңіл көлік көбірек, 08:00–20:00',
    );
  });
});

describe('what-if workbook (walk t25)', () => {
  it('gives on time as the page does, never the simulated schedule’s "all on time, none late" counts (M1)', async () => {
    const ran: WhatIfRunResult = { ...result, expectedOnTimeShare: 0.753, observedDelays: 40 };
    const s = { ...view('As recorded', asRecorded, '2026-12-07T09:10:00.000Z'), result: ran };
    const rows = await rowsOf([s], 'en');
    const labels = rows.map((r) => r[0]);
    const at = labels.indexOf('On-time performance');
    expect(rows.slice(at + 1, at + 4)).toEqual([
      ['Expected on time (with the delays observed in the period)', 0.753],
      ['Completed rides the delays come from', 40],
      ['Pickups planned inside the window'],
    ]);
    expect(String(rows[at + 4]![0])).toMatch(/^Expected on time: each planned pickup counts/);
    for (const schedule of ['Arrivals', 'On time', 'Early', 'Late', 'Late p95, min (5-minute bands)'])
      expect(labels).not.toContain(schedule);
  });

  it('puts the refusals’ total beside the reasons that break it down (M2)', async () => {
    const rows = await rowsOf([base()], 'en');
    const at = rows.findIndex(
      (r) => r[0] === 'Refusals by reason (each request once, under its first reason)',
    );
    expect(rows[at + 1]).toEqual(['Refused in all', 0]);
  });
});

function base(): WhatIfScenarioView {
  return view('As recorded', asRecorded, '2026-12-07T09:10:00.000Z');
}

describe('what-if workbook: the rules as applied (walk t25 M3, m6)', () => {
  const rules = {
    serviceHours: { from: '07:00', to: '21:00' },
    minLeadMinutes: 30,
    windowMinutes: 15,
    rideTimeFactor: 1.5,
    ridePlusMinutes: 15,
  };
  const ran = (over: Partial<typeof rules>): WhatIfRunResult => ({ ...result, rules: { ...rules, ...over } });
  const s1 = { ...base(), result: ran({}) };
  const s2 = {
    ...view(
      'Lead 15',
      { ...asRecorded, policy: { ...asRecorded.policy, minLeadMinutes: 15 } },
      '2026-12-07T09:20:00.000Z',
    ),
    result: ran({ minLeadMinutes: 15 }),
  };

  it('gives the baseline’s values, not "as in force", and the ride limit with its allowance', async () => {
    const rows = await rowsOf([s1, s2], 'en');
    const get = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(get('Hours rides are offered')).toEqual(['07:00–21:00', '07:00–21:00']);
    expect(get('Booking notice, min')).toEqual([30, 15]);
    expect(get('Pickup window, min')).toEqual([15, 15]);
    expect(get('Longest ride (times the direct drive)')).toEqual([1.5, 1.5]);
    expect(get('Allowance added to the longest ride, min')).toEqual([15, 15]);
    expect(get('Ride time limit (rides beyond it are “over the limit”)')).toEqual([
      '1.5 × the direct drive + 15 min',
      '1.5 × the direct drive + 15 min',
    ]);
    expect(rows.flat()).not.toContain('as in force');
    const ru = await rowsOf([s1, s2], 'ru');
    expect(ru.find((r) => r[0] === 'Предел времени в пути (сверх него — «сверх предела»)')?.[1]).toBe(
      '1,5 × прямой путь + 15 мин',
    );
  });

  it('names the vehicles’ hours as the page does', async () => {
    const labels = (await rowsOf([s1], 'en')).map((r) => r[0]);
    expect(labels).toContain('Vehicle hours');
    expect(labels).not.toContain('Service hours');
  });
});
