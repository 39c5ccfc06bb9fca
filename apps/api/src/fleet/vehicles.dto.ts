import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { VEHICLE_STATUSES, type VehicleStatus } from '@invataxi/domain';

/** Ceilings that catch a slipped digit (an accessible minibus), not a policy. */
const MAX_SEATS = 20;
const MAX_WHEELCHAIRS = 8;

export class LayoutDto {
  @IsInt()
  @Min(0)
  @Max(MAX_SEATS)
  seats: number;

  @IsInt()
  @Min(0)
  @Max(MAX_WHEELCHAIRS)
  wheelchairPlaces: number;
}

export class CreateVehicleDto {
  /** "123ABC01" or "123 ABC 01"; stored compact. */
  @IsString()
  @Length(6, 16)
  plate: string;

  @IsString()
  @Length(1, 100)
  model: string;

  @IsInt()
  @Min(0)
  @Max(MAX_SEATS)
  seats: number;

  @IsInt()
  @Min(0)
  @Max(MAX_WHEELCHAIRS)
  wheelchairPlaces: number;

  /** Other ways the cabin can be set up, e.g. 4 seats or 2 seats + 1 wheelchair. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => LayoutDto)
  alternativeLayouts?: LayoutDto[];

  @IsOptional()
  @IsBoolean()
  hasRamp?: boolean;

  @IsOptional()
  @IsBoolean()
  hasLift?: boolean;

  @IsOptional()
  @IsBoolean()
  hasRestraints?: boolean;
}

export class UpdateVehicleDto {
  @IsOptional()
  @IsString()
  @Length(1, 100)
  model?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEATS)
  seats?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_WHEELCHAIRS)
  wheelchairPlaces?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => LayoutDto)
  alternativeLayouts?: LayoutDto[];

  @IsOptional()
  @IsBoolean()
  hasRamp?: boolean;

  @IsOptional()
  @IsBoolean()
  hasLift?: boolean;

  @IsOptional()
  @IsBoolean()
  hasRestraints?: boolean;
}

export class ChangeVehicleStatusDto {
  @IsIn(VEHICLE_STATUSES)
  status: VehicleStatus;

  @IsOptional()
  @IsString()
  @Length(2, 500)
  reason?: string;
}

export class FleetQueryDto {
  /** For a region's officer or dispatch centre: whose fleet. */
  @IsOptional()
  @IsUUID()
  providerId?: string;
}
