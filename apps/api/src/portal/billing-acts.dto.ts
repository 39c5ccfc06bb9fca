import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { BILLING_ACT_STATUSES, type BillingActStatus } from '@invataxi/domain';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class GenerateBillingActDto {
  @IsUUID()
  providerId: string;

  /** The region (KATO AB0000000) whose rides the act bills. */
  @Matches(/^\d{2}0{7}$/)
  regionKato: string;

  /** YYYY-MM, local. */
  @Matches(MONTH)
  month: string;
}

export class ApproveBillingActDto {
  @IsInt()
  @Min(1)
  version: number;
}

export class CorrectBillingActDto {
  /** The version (optimistic lock) of the act being corrected, as read. */
  @IsInt()
  @Min(1)
  version: number;

  /** Why the act is corrected: kept with the new version and sent to the Portal with it. */
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class BillingActQuery {
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;

  @IsOptional()
  @Matches(MONTH)
  month?: string;

  @IsOptional()
  @IsIn(BILLING_ACT_STATUSES)
  status?: BillingActStatus;

  @IsOptional()
  @IsUUID()
  providerId?: string;
}

export class ExportQuery {
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class PortalActsQuery {
  /** ISO 8601 instant: acts issued or changed at or after it (default: all); pass the last answer's `until`. */
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}
