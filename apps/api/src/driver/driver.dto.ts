import { Type } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, Min } from 'class-validator';
import { DRIVER_REPORTED_STATUSES, type DriverReportedStatus } from '@invataxi/domain';

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
