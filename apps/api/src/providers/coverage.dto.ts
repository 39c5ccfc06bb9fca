import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { KATO_PATTERN } from './providers.dto';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class CoverageQueryDto {
  @Matches(KATO_PATTERN, { message: 'kato must be a 9-digit KATO code' })
  kato: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(20)
  seats?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  wheelchairPlaces?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  /** Step-free boarding (the name is older): a vehicle with a ramp or with a lift serves it. */
  ramp?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  lift?: boolean;
}
