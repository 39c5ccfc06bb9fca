import { Type } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, Min } from 'class-validator';

export const DRIVER_STATUSES_REPORTED = ['EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED', 'NO_SHOW'] as const;
export type DriverReportedStatus = (typeof DRIVER_STATUSES_REPORTED)[number];

export class DriverStatusDto {
  @IsIn(DRIVER_STATUSES_REPORTED)
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
