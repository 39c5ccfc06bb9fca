import { NestedObject } from '../http/nested-object';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
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
