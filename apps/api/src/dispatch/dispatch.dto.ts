import { Type } from 'class-transformer';
import { NestedObject } from '../http/nested-object';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
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
  /** Why the dispatcher accepts what the check refuses: kept in the audit log. */
  @IsString()
  @IsNotEmpty()
  @Length(5, 500)
  reason: string;
}

export class AssignDto {
  @IsUUID()
  shiftId: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @IsOptional()
  @NestedObject(() => OverrideDto)
  override?: OverrideDto;
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
