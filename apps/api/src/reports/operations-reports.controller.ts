import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { addDaysToLocalDate, type Language } from '@invataxi/domain';
import { ApiFile } from '../openapi/decorators';
import { Lang } from '../http/language';
import { MonthlyWorkbookQuery, OperationsExportQuery, OperationsReportQuery } from './operations-reports.dto';
import { attachment, XLSX } from '../http/xlsx';
import { monthlyXlsx, reportFileName, reportXlsx } from './operations-reports.export';
import { OperationsReportsService, type OperationsReport } from './operations-reports.service';

/** The figures an akimat and the ministry run the service by (issue 22); README "Operations figures". */
@ApiTags('reports')
@Controller('reports/operations')
export class OperationsReportsController {
  constructor(private readonly reports: OperationsReportsService) {}

  /** On-time, misses, trips, unmet demand, productivity, ride time, accessibility and cost over a period, filtered. */
  @Get()
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  report(@CurrentPrincipal() p: Principal, @Query() q: OperationsReportQuery): Promise<OperationsReport> {
    return this.reports.report(p, q);
  }

  /** One operations report as an XLSX workbook, headings in the caller's language. */
  @Get('export')
  @ApiFile(XLSX)
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  async export(
    @CurrentPrincipal() p: Principal,
    @Query() q: OperationsExportQuery,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const r = await this.reports.report(p, q);
    void reply
      .header('content-type', XLSX)
      .header('content-disposition', attachment(reportFileName(r, q.report, lang), 'xlsx'));
    return reportXlsx(r, q.report, lang);
  }

  /** An akimat's month as one XLSX workbook: a summary and a sheet per report. */
  @Get('monthly')
  @ApiFile(XLSX)
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  async monthly(
    @CurrentPrincipal() p: Principal,
    @Query() q: MonthlyWorkbookQuery,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const regionKato = this.reports.monthlyRegion(p, q.regionKato);
    const from = `${q.month}-01`;
    const to = addDaysToLocalDate(`${addMonth(q.month)}-01`, -1);
    const r = await this.reports.report(p, { from, to, regionKato });
    void reply
      .header('content-type', XLSX)
      .header('content-disposition', attachment(reportFileName(r, 'monthly', lang), 'xlsx'));
    return monthlyXlsx(r, lang);
  }
}

function addMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
