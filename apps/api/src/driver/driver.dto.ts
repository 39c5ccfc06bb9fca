import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DRIVER_REPORTED_STATUSES,
  PROVIDER_MISS_REASONS,
  type DriverReportedStatus,
  type ProviderMissReason,
} from '@invataxi/domain';

export class DriverStatusDto {
  @IsIn(DRIVER_REPORTED_STATUSES)
  status: DriverReportedStatus;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

export class LocationDto {
  @IsLatitude()
  lat: number;

  @IsLongitude()
  lon: number;
}

/** A pickup missed on the provider's side (issue 23): never counted against the rider. */
export class DriverMissedDto {
  @IsIn(PROVIDER_MISS_REASONS)
  reason: ProviderMissReason;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** The most positions one batch carries: an hour offline at one fix each 15 s is 240. */
export const LOCATION_BATCH_MAX = 500;

/** One position of the phone with the time it was taken. */
export class LocationPingDto extends LocationDto {
  @IsISO8601({ strict: true })
  at: string;
}

/** The positions gathered while the phone was offline or between sends (issue 23), oldest first or not. */
export class LocationBatchDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LOCATION_BATCH_MAX)
  @ValidateNested({ each: true })
  @Type(() => LocationPingDto)
  pings: LocationPingDto[];
}
