import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class GazetteerQuery {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q: string;

  /** A region's KATO code (9 digits): only streets in that region, e.g. the rider's own. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  region?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(25)
  limit?: number;
}
