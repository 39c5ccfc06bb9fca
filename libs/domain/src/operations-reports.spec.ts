import { OPERATIONS_REPORTS, REPORT_COLUMNS } from './operations-reports';

describe('report columns', () => {
  it('marks exactly the shares as percentages', () => {
    const percent = OPERATIONS_REPORTS.flatMap((r) => REPORT_COLUMNS[r])
      .filter((c) => c.kind === 'percent')
      .map((c) => c.key);
    expect(percent.sort()).toEqual(['deadheadShare', 'onTimeShare', 'overLimitShare', 'utilisation']);
  });
});
