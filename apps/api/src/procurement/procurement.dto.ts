import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  PROCUREMENT_METHODS,
  PROCUREMENT_STATUSES,
  type ProcurementMethod,
  type ProcurementStatus,
} from '@invataxi/domain';
import { MAX_TERM_DAYS, MIN_TERM_DAYS, SIZING_TARGET_MAX, SIZING_TARGET_MIN } from '@invataxi/procurement';

export class ListRequestsQuery {
  @IsOptional()
  @IsIn(PROCUREMENT_STATUSES)
  status?: ProcurementStatus;

  /** Analysts: one region; officers see their own region anyway. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;
}

/** The officer's review of a DRAFT: method and term may be set before submitting. */
export class ReviewRequestDto {
  @IsInt()
  @Min(1)
  version: number;

  @IsOptional()
  @IsIn(PROCUREMENT_METHODS)
  method?: ProcurementMethod;

  @IsOptional()
  @IsInt()
  @Min(MIN_TERM_DAYS)
  @Max(MAX_TERM_DAYS)
  termDays?: number;

  /**
   * The lot's period as the officer picks it (issue 20), local dates YYYY-MM-DD; either side may
   * be left out (it keeps the lot's). The lot's trips and budget are recomputed over it.
   */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  lotStart?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  lotEnd?: string;
}

export class SubmitRequestDto {
  /** The version the officer reviewed: figures that changed since give 409. */
  @IsInt()
  @Min(1)
  version: number;

  @IsIn(PROCUREMENT_METHODS)
  method: ProcurementMethod;

  @IsInt()
  @Min(MIN_TERM_DAYS)
  @Max(MAX_TERM_DAYS)
  termDays: number;
}

export class CancelRequestDto {
  @IsInt()
  @Min(1)
  version: number;

  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class ResubmitRequestDto {
  @IsIn(PROCUREMENT_METHODS)
  method: ProcurementMethod;

  @IsInt()
  @Min(MIN_TERM_DAYS)
  @Max(MAX_TERM_DAYS)
  termDays: number;
}

export class AlertsQuery {
  /** Only alerts nobody acknowledged yet (default true). */
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: 'true' | 'false';
}

export class UnmetDemandQuery {
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to: string;

  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}

/** "How many vehicles do we need to serve this demand at X% served" (issue 25). */
export class StartSizingDto {
  /** The share of the waiting rides to serve, in percent (whole, 50 to 100). */
  @IsInt()
  @Min(SIZING_TARGET_MIN)
  @Max(SIZING_TARGET_MAX)
  targetPercent: number;
}

export class AttachSizingDto {
  /** The request's version the officer saw: a request changed since gives 409. */
  @IsInt()
  @Min(1)
  version: number;
}
