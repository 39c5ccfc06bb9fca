import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { OPERATIONS_REPORTS, type OperationsReportName } from '@invataxi/domain';

/** A period of local days and the filters every operations report takes. */
export class OperationsReportQuery {
  /** First local day, YYYY-MM-DD. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from: string;

  /** Last local day (included), YYYY-MM-DD; the period at most REPORT_MAX_DAYS (366) days. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to: string;

  /** A region (KATO); an officer's own region when absent; the country for an analyst. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;

  /** A district (KATO) of the pickup (of the shift's start, for productivity). */
  @IsOptional()
  @Matches(/^\d{9}$/)
  districtKato?: string;

  @IsOptional()
  @IsUUID()
  providerId?: string;
}

export class OperationsExportQuery extends OperationsReportQuery {
  /** Which report the workbook holds. */
  @IsIn(OPERATIONS_REPORTS)
  report: OperationsReportName;
}

/** One akimat's month: every report of it in one workbook. */
export class MonthlyWorkbookQuery {
  /** YYYY-MM */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month: string;

  /** The akimat's region (KATO); an officer's own region when absent. Required for an analyst. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;
}
