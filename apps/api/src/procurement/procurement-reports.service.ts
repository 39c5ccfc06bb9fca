// The figure a ministry analyst asks for first (issue 7): unmet demand by region and district
// over time (bookings that had to wait for procurement, how long they waited, how it ended) and
// the procurement requests with their state. Counts and codes only: no person appears here.
import { Injectable } from '@nestjs/common';
import type { Principal } from '@invataxi/auth';
import { DomainError, isValidLocalDate, localDateTimeToUtc, addDaysToLocalDate } from '@invataxi/domain';
import {
  ProcurementReportsRepository,
  RegionsRepository,
  type PlaceNames,
  type RequestsByStatusRow,
  type RequestStateRow,
  type UnmetDemandRow,
  type WaitingNowRow,
} from '@invataxi/persistence';
import { listPrefix } from './procurement-scope';

/** A district's names in kk/ru/en beside its code (null: the classifier has none). */
type Named<T> = T & { districtNames: PlaceNames | null };

export interface UnmetDemandReport {
  from: string;
  to: string;
  byDistrictAndMonth: Named<UnmetDemandRow>[];
  waitingNow: Named<WaitingNowRow>[];
  requests: RequestStateRow[];
  requestsByStatus: RequestsByStatusRow[];
}

@Injectable()
export class ProcurementReportsService {
  constructor(
    private readonly reports: ProcurementReportsRepository,
    private readonly regions: RegionsRepository,
  ) {}

  async unmetDemand(
    p: Principal,
    q: { from: string; to: string; regionKato?: string; limit?: number },
  ): Promise<UnmetDemandReport> {
    if (!isValidLocalDate(q.from) || !isValidLocalDate(q.to) || q.to < q.from)
      throw DomainError.validation([
        { field: 'to', code: 'OUT_OF_RANGE', message: 'from and to are local dates, from <= to' },
      ]);
    const prefix = listPrefix(p, q.regionKato);
    const start = localDateTimeToUtc(q.from, '00:00');
    const end = localDateTimeToUtc(addDaysToLocalDate(q.to, 1), '00:00');
    const byDistrict = await this.reports.waitsByDistrictAndMonth(prefix, start, end);
    const waitingNow = await this.reports.waitingNow(prefix);
    const requests = await this.reports.requestsInPeriod(prefix, start, end, q.limit ?? 500);
    const byStatus = await this.reports.requestsByStatus(prefix);
    const trim = <T extends { regionKato: string; districtKato?: string }>(r: T): T => ({
      ...r,
      regionKato: r.regionKato.trim(),
      ...(typeof r.districtKato === 'string' ? { districtKato: r.districtKato.trim() } : {}),
    });
    const places = await this.regions.placesOf(
      [...byDistrict, ...waitingNow].map((r) => r.districtKato.trim()),
    );
    const named = <T extends { regionKato: string; districtKato: string }>(r: T): Named<T> => {
      const t = trim(r);
      return { ...t, districtNames: places.get(t.districtKato)?.names ?? null };
    };
    return {
      from: q.from,
      to: q.to,
      byDistrictAndMonth: byDistrict.map(named),
      waitingNow: waitingNow.map(named),
      requests: requests.map(trim),
      requestsByStatus: byStatus.map(trim),
    };
  }
}
