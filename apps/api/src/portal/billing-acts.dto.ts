import { IsIn, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
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
