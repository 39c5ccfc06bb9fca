import { Type } from 'class-transformer';
import { NestedObject } from '../http/nested-object';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DISABILITY_CATEGORIES,
  ELIGIBILITY_NEEDS,
  LANGUAGES,
  NO_MOBILITY_NEEDS,
  WHEELCHAIR_TYPES,
  type DisabilityCategory,
  type EligibilityNeed,
  type Language,
  type MobilityNeeds,
  type WheelchairType,
} from '@invataxi/domain';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export class MobilityDto {
  @IsIn(WHEELCHAIR_TYPES)
  wheelchair: WheelchairType;

  /** Step-free boarding: a ramp or a lift, either will do (always so for a wheelchair user). */
  @IsOptional() @IsBoolean() stepFree?: boolean;
  /** The older name of `stepFree`, still read as it (a ramp or a lift, either will do). */
  @IsOptional() @IsBoolean() needsRamp?: boolean;
  /** A lift specifically: the wheelchair cannot go up a ramp. */
  @IsOptional() @IsBoolean() needsLift?: boolean;
  @IsOptional() @IsBoolean() visual?: boolean;
  @IsOptional() @IsBoolean() hearing?: boolean;
  @IsOptional() @IsBoolean() intellectual?: boolean;
  @IsOptional() @IsBoolean() guideDog?: boolean;
}

export function toMobility(dto: MobilityDto): MobilityNeeds {
  return {
    ...NO_MOBILITY_NEEDS,
    wheelchair: dto.wheelchair,
    stepFree: !!(dto.stepFree || dto.needsRamp),
    needsLift: dto.needsLift ?? false,
    visual: dto.visual ?? false,
    hearing: dto.hearing ?? false,
    intellectual: dto.intellectual ?? false,
    guideDog: dto.guideDog ?? false,
  };
}

export class ResidenceDto {
  @Matches(/^\d{9}$/)
  kato: string;

  @IsString()
  @MinLength(3)
  @MaxLength(300)
  address: string;

  @IsLatitude()
  lat: number;

  @IsLongitude()
  lon: number;
}

/** A need on record with its evidence (e.g. the medical advisory board's form 035-1/у). */
export class NeedEvidenceDto {
  @IsIn(ELIGIBILITY_NEEDS)
  need: EligibilityNeed;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE_RE)
  validUntil?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  document?: string;
}

export class CreateBeneficiaryDto {
  /** 12 digits; checked by the domain (date, century digit, check digit). Never logged. */
  @IsString()
  @Matches(/^\d{12}$/)
  iin: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  fullName: string;

  @IsOptional()
  @Matches(/^\+?\d{10,15}$/)
  phone?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @NestedObject(() => ResidenceDto)
  residence: ResidenceDto;

  @IsIn(DISABILITY_CATEGORIES)
  disabilityCategory: DisabilityCategory;

  /** Null or absent: set without a re-examination date. */
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE_RE)
  disabilityValidUntil?: string | null;

  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NeedEvidenceDto)
  needs?: NeedEvidenceDto[];

  @NestedObject(() => MobilityDto)
  mobility: MobilityDto;

  @IsOptional()
  @IsBoolean()
  companionEntitled?: boolean;
}

export class UpdateBeneficiaryDto {
  /** The version the caller saw (optimistic lock: 409 when someone changed it first). */
  @IsInt()
  @Min(1)
  version: number;

  @IsOptional() @IsString() @MinLength(2) @MaxLength(200) fullName?: string;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\+?\d{10,15}$/)
  phone?: string | null;

  @IsOptional() @IsIn(LANGUAGES) language?: Language;

  @IsOptional() @NestedObject(() => ResidenceDto) residence?: ResidenceDto;

  @IsOptional() @IsIn(DISABILITY_CATEGORIES) disabilityCategory?: DisabilityCategory;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE_RE)
  disabilityValidUntil?: string | null;

  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NeedEvidenceDto)
  needs?: NeedEvidenceDto[];

  @IsOptional() @NestedObject(() => MobilityDto) mobility?: MobilityDto;

  @IsOptional() @IsBoolean() companionEntitled?: boolean;
  @IsOptional() @IsBoolean() smsOptOut?: boolean;
  @IsOptional() @IsBoolean() inAppOptOut?: boolean;
  @IsOptional() @IsBoolean() notifyGuardians?: boolean;
}

export class LookupBeneficiaryDto {
  @IsString()
  @Matches(/^\d{12}$/)
  iin: string;
}

/** The phone desk's search: part of a name, or the last digits of a phone number (issue 21). */
export class SearchBeneficiariesQuery {
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q: string;
}

export class ListBeneficiariesQuery {
  /** KATO area to list (within the caller's region); the caller's region when omitted. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  kato?: string;

  /** The last id of the previous page (the list is ordered by id). */
  @IsOptional()
  @IsUUID()
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** Link an existing GUARDIAN user, or register a new one (display name, phone). */
export class LinkGuardianDto {
  @IsOptional()
  @IsUUID()
  guardianUserId?: string;

  @ValidateIf((o: LinkGuardianDto) => o.guardianUserId === undefined)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  displayName?: string;

  @IsOptional()
  @Matches(/^\+?\d{10,15}$/)
  phone?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
