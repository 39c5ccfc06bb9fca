import { Type } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, Min } from 'class-validator';
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
