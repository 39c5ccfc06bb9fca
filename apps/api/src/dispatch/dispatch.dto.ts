import { Type } from 'class-transformer';
import { NestedObject } from '../http/nested-object';
import { OVERRIDE_REASONS, type OverrideReason } from '@invataxi/domain';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

export class BoardQuery {
  /** Local date, YYYY-MM-DD. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;

  @IsOptional()
  @Matches(/^\d{9}$/)
  region?: string;
}

export class BoardEventsQuery {
  @IsOptional()
  @Matches(/^\d{9}$/)
  region?: string;
}

export class OverrideDto {
  /** Why the dispatcher accepts what the check refuses, from the list: kept in the audit log. */
  @IsIn(OVERRIDE_REASONS)
  reason: OverrideReason;

  /** The dispatcher's own words (required for OTHER, at least 5 characters): kept in the audit log. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class AssignPreviewDto {
  @IsUUID()
  shiftId: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

export class AssignDto extends AssignPreviewDto {
  @IsOptional()
  @NestedObject(() => OverrideDto)
  override?: OverrideDto;

  /**
   * The preview's `confirmation`, when the override makes other riders late or moves them: the
   * dispatcher saw them and accepts it. Refused (409 OVERRIDE_PREVIEW_STALE) if the route changed.
   */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  confirm?: string;
}

export class UnassignDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class BreakdownDto {
  @IsIn(['BREAKDOWN', 'DRIVER_ABSENT'])
  kind: 'BREAKDOWN' | 'DRIVER_ABSENT';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class StartPlanDto {
  @Matches(/^\d{9}$/)
  regionKato: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;

  /** Let the re-plan move rides a dispatcher placed by hand and rides confirmed to drivers (kept on their vehicle by default). */
  @IsOptional()
  @IsBoolean()
  releasePinned?: boolean;
}

/** Which day's re-plan to look up: the region and the day, as a re-plan is started. */
export class PlanDayQueryDto {
  @Matches(/^\d{9}$/)
  regionKato: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;
}

export class PositionDto {
  @IsLatitude()
  lat: number;

  @IsLongitude()
  lon: number;

  @IsOptional()
  @IsISO8601()
  at?: string;
}
