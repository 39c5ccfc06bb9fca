import { Type } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * Kazakhstan's bounding box, rounded outwards: latitude 40.5-55.5 N, longitude 46.4-87.4 E.
 * A coarse check that catches swapped or zeroed coordinates; which settlement a point lies in
 * is the request's KATO code, checked against the service area.
 */
export const KAZAKHSTAN_BOUNDS = { minLat: 40.5, maxLat: 55.5, minLon: 46.4, maxLon: 87.4 } as const;

export class KazakhstanPointDto {
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(KAZAKHSTAN_BOUNDS.minLat, { message: 'lat must be inside Kazakhstan' })
  @Max(KAZAKHSTAN_BOUNDS.maxLat, { message: 'lat must be inside Kazakhstan' })
  lat: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(KAZAKHSTAN_BOUNDS.minLon, { message: 'lon must be inside Kazakhstan' })
  @Max(KAZAKHSTAN_BOUNDS.maxLon, { message: 'lon must be inside Kazakhstan' })
  lon: number;
}
