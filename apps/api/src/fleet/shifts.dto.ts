import { NestedObject } from '../http/nested-object';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { KATO_PATTERN } from '../providers/providers.dto';
import { KazakhstanPointDto } from './kazakhstan-point.dto';

export class CreateShiftDto {
  @IsUUID()
  vehicleId: string;

  @IsUUID()
  driverId: string;

  @IsISO8601({ strict: true })
  startsAt: string;

  @IsISO8601({ strict: true })
  endsAt: string;

  @NestedObject(() => KazakhstanPointDto)
  start: KazakhstanPointDto;

  @NestedObject(() => KazakhstanPointDto)
  end: KazakhstanPointDto;

  /** The settlement (or district) of the start point: it must lie in the provider's service area. */
  @Matches(KATO_PATTERN, { message: 'startKato must be a 9-digit KATO code' })
  startKato: string;
}

/** A planned shift's new hours, vehicle and driver (its start and end places stay). */
export class ChangeShiftDto {
  /** The version the caller saw (409 when it changed since). */
  @IsInt()
  @Min(1)
  version: number;

  @IsUUID()
  vehicleId: string;

  @IsUUID()
  driverId: string;

  @IsISO8601({ strict: true })
  startsAt: string;

  @IsISO8601({ strict: true })
  endsAt: string;
}

export class CancelShiftDto {
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class ShiftQueryDto {
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The same vehicle, driver and hours on chosen weekdays between two dates (at most 8 weeks). */
export class CreateShiftPatternDto {
  @IsUUID()
  vehicleId: string;

  @IsUUID()
  driverId: string;

  /** The first day (YYYY-MM-DD, local). */
  @Matches(LOCAL_DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from: string;

  /** The last day, included. */
  @Matches(LOCAL_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to: string;

  /** ISO weekdays: 1 Monday ... 7 Sunday. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[];

  /** Local time HH:MM; an end at or before the start runs past midnight. */
  @Matches(LOCAL_TIME, { message: 'startTime must be HH:MM' })
  startTime: string;

  @Matches(LOCAL_TIME, { message: 'endTime must be HH:MM' })
  endTime: string;

  @NestedObject(() => KazakhstanPointDto)
  start: KazakhstanPointDto;

  @NestedObject(() => KazakhstanPointDto)
  end: KazakhstanPointDto;

  @Matches(KATO_PATTERN, { message: 'startKato must be a 9-digit KATO code' })
  startKato: string;
}
