// Scenarios side by side as a spreadsheet (issue 25): what each asked (demand, fleet, policy)
// and every figure of its replay, one column per scenario, in the reader's language. Numbers
// stay numbers; the figures' names are the operations reports' own (REPORT_COLUMNS).
import {
  OPERATIONS_REPORTS,
  REPORT_COLUMNS,
  REPORT_TITLES,
  WHATIF_WORDS,
  REPORT_WORDS,
  fleetChangeText,
  baselineFirst,
  whatIfBaseline,
  whatIfRefusalLabel,
  rideLimitText,
  type Language,
  type WhatIfPolicyVariant,
  type WhatIfRulesApplied,
} from '@invataxi/domain';
import {
  COUNT_FORMAT,
  DATE_FORMAT,
  DATETIME_FORMAT,
  DECIMAL_FORMAT,
  NUMBER_FORMATS,
  PERCENT_FORMAT,
  astanaCell,
  dayCell,
  regionLabel,
  workbook,
  xlsxBuffer,
} from '../http/xlsx';
import type { WhatIfScenarioView } from './whatif.service';

const w = (key: keyof typeof WHATIF_WORDS, lang: Language): string => WHATIF_WORDS[key][lang];

/** The workbook: one sheet, a column per scenario. */
export async function scenariosXlsx(chosen: readonly WhatIfScenarioView[], lang: Language): Promise<Buffer> {
  // The baseline's column first, whatever order they were chosen in (walk t25 m8).
  const scenarios = baselineFirst(chosen);
  const wb = workbook();
  const ws = wb.addWorksheet(w('sheet', lang).slice(0, 31));
  ws.addRow([w('sheet', lang)]).font = { bold: true, size: 14 };
  ws.addRow([]);
  // The header (walk h4): each scenario by its name, the baseline marked, its region and when it ran.
  const baseline = whatIfBaseline(scenarios);
  ws.addRow([
    '',
    ...scenarios.map((s, i) => (i === baseline ? `${s.name} (${w('baseline', lang)})` : s.name)),
  ]).font = { bold: true };
  const row = (label: string, values: (string | number | Date | null)[], numFmt?: string) => {
    const r = ws.addRow([label, ...values]);
    if (numFmt) values.forEach((_, i) => (r.getCell(i + 2).numFmt = numFmt));
    return r;
  };
  row(
    w('region', lang),
    scenarios.map((s) => regionLabel(s.regionKato, lang)),
  );
  row(
    w('ranAt', lang),
    scenarios.map((s) => astanaCell(s.finishedAt)),
    DATETIME_FORMAT,
  );
  const day = dayCell;
  const section = (title: string) => {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
  };
  section(w('asked', lang));
  row(
    w('periodFrom', lang),
    scenarios.map((s) => day(s.params.demand.from)),
    DATE_FORMAT,
  );
  row(
    w('periodTo', lang),
    scenarios.map((s) => day(s.params.demand.to)),
    DATE_FORMAT,
  );
  row(
    w('growth', lang),
    scenarios.map((s) => s.params.demand.growth),
    DECIMAL_FORMAT,
  );
  row(
    w('fleetChange', lang),
    scenarios.map(
      (s) =>
        s.params.fleet
          .filter((f) => f.count !== 0)
          .map((f) => fleetChangeText(f, lang))
          .join('; ') || '—',
    ),
  );
  // Each rule as the replay applied it (walk t25 m6): a baseline's "as in force" says its values;
  // a run stored before the rules were kept falls back to the variant's own words.
  const rule = <K extends keyof WhatIfRulesApplied>(s: WhatIfScenarioView, key: K) =>
    s.result?.rules?.[key] ??
    (key in s.params.policy ? s.params.policy[key as keyof WhatIfPolicyVariant] : null);
  row(
    w('serviceHours', lang),
    scenarios.map((s) => {
      const h = rule(s, 'serviceHours') as WhatIfRulesApplied['serviceHours'];
      return h ? `${h.from}–${h.to}` : w('asInForce', lang);
    }),
  );
  const valueRow = (label: string, key: keyof WhatIfRulesApplied, numFmt: string) =>
    row(
      label,
      scenarios.map((s) => (rule(s, key) as number | null) ?? w('asInForce', lang)),
      numFmt,
    );
  valueRow(w('minLead', lang), 'minLeadMinutes', COUNT_FORMAT);
  valueRow(w('window', lang), 'windowMinutes', COUNT_FORMAT);
  valueRow(w('rideFactor', lang), 'rideTimeFactor', DECIMAL_FORMAT);
  valueRow(w('ridePlus', lang), 'ridePlusMinutes', COUNT_FORMAT);
  // The limit as applied (walk t25 M3): "1.5 × the direct drive + 15 min".
  row(
    w('rideLimit', lang),
    scenarios.map((s) =>
      s.result?.rules
        ? rideLimitText(s.result.rules.rideTimeFactor, s.result.rules.ridePlusMinutes, lang)
        : null,
    ),
  );

  section(w('result', lang));
  row(
    w('requests', lang),
    scenarios.map((s) => s.result?.requests ?? null),
    COUNT_FORMAT,
  );
  row(
    w('servedShare', lang),
    scenarios.map((s) => s.result?.servedShare ?? null),
    PERCENT_FORMAT,
  );
  row(
    w('servedByReplan', lang),
    scenarios.map((s) => s.result?.servedByReplan ?? null),
    COUNT_FORMAT,
  );
  row(
    w('vehicles', lang),
    scenarios.map((s) => s.result?.fleet.vehicles ?? null),
    COUNT_FORMAT,
  );
  row(
    w('WHEELCHAIR_VAN', lang),
    scenarios.map((s) => s.result?.fleet.wheelchairVans ?? null),
    COUNT_FORMAT,
  );
  row(
    w('CAR', lang),
    scenarios.map((s) => s.result?.fleet.cars ?? null),
    COUNT_FORMAT,
  );
  for (const report of OPERATIONS_REPORTS) {
    if (report === 'misses') continue; // a replay has no no-shows or cancellations
    section(REPORT_TITLES[report][lang]);
    if (report === 'onTime') {
      // Walk t25 M1: the reports' counts (arrivals, on time, early, late, late p95) are against the
      // simulated schedule, where every pickup is planned inside its window: 'all on time, none
      // late' beside the page's 75 %. The section gives the page's figure, with what it means and
      // what it comes from, and the schedule's own share said as what it is.
      row(
        w('expectedOnTime', lang),
        scenarios.map((s) => s.result?.expectedOnTimeShare ?? null),
        PERCENT_FORMAT,
      );
      row(
        w('observedDelays', lang),
        scenarios.map((s) => s.result?.observedDelays ?? null),
        COUNT_FORMAT,
      );
      row(
        w('plannedInWindow', lang),
        scenarios.map((s) => s.result?.figures.onTime.onTimeShare ?? null),
        PERCENT_FORMAT,
      );
      ws.addRow([w('expectedOnTimeMeans', lang)]).font = { italic: true };
      continue;
    }
    for (const c of REPORT_COLUMNS[report])
      row(
        // The page's name (walk t25 m6): hours of the vehicles' shifts, not the hours rides are offered.
        c.key === 'serviceHours' ? w('vehicleHours', lang) : c.label[lang],
        scenarios.map((s) => (s.result ? c.value(s.result.figures) : null)),
        NUMBER_FORMATS[c.kind],
      );
  }
  section(w('refusedByReason', lang));
  row(
    w('refusedTotal', lang),
    scenarios.map((s) => s.result?.figures.trips.refused ?? null),
    COUNT_FORMAT,
  );
  const reasons = [
    ...new Set(scenarios.flatMap((s) => s.result?.figures.trips.refusedByReason.map((r) => r.reason) ?? [])),
  ].sort();
  for (const reason of reasons)
    row(
      whatIfRefusalLabel(
        scenarios.map((s) => s.result),
        reason,
        lang,
      ) ?? REPORT_WORDS.otherReason[lang],
      scenarios.map(
        (s) => s.result?.figures.trips.refusedByReason.find((r) => r.reason === reason)?.count ?? 0,
      ),
      COUNT_FORMAT,
    );
  ws.getColumn(1).width = 40;
  scenarios.forEach((_, i) => {
    ws.getColumn(i + 2).width = 28;
  });
  return xlsxBuffer(wb);
}
