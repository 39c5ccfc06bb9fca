import { Transform } from 'class-transformer';
import { NestedObject } from '../http/nested-object';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  PROVIDER_ORIGINS,
  PROVIDER_STATUSES,
  type ProviderOrigin,
  type ProviderStatus,
} from '@invataxi/domain';
import { normalisePhone } from './phone';

export const KATO_PATTERN = /^(?!00)\d{9}$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const PHONE_PATTERN = /^\+7\d{10}$/;
/** Whole tenge; a ceiling that catches a slipped digit, not a policy. */
const MAX_TARIFF = 10_000_000;

export class ProviderContactsDto {
  @IsOptional()
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE_PATTERN, { message: 'phone must be +7 and 10 digits' })
  phone?: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  address?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  contactPerson?: string;
}

export class ContractTermsDto {
  @IsString()
  @Length(1, 100)
  reference: string;

  @IsInt()
  @Min(0)
  @Max(MAX_TARIFF)
  tariffPerTrip: number;

  @IsInt()
  @Min(0)
  @Max(MAX_TARIFF)
  tariffPerKm: number;

  @Matches(DATE_PATTERN, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom: string;

  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'validTo must be a date YYYY-MM-DD' })
  validTo?: string;
}

export class RegisterProviderDto {
  @Matches(/^\d{12}$/, { message: 'bin must be 12 digits' })
  bin: string;

  @IsString()
  @Length(2, 300)
  legalName: string;

  @IsOptional()
  @NestedObject(() => ProviderContactsDto)
  contacts?: ProviderContactsDto;

  @IsIn(PROVIDER_ORIGINS)
  origin: ProviderOrigin;

  /** Required for a provider that came from a procurement contract. */
  @ValidateIf(
    (o: RegisterProviderDto) => o.origin === 'PROCUREMENT_CONTRACT' || o.contractReference !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contractReference?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @Matches(KATO_PATTERN, { each: true, message: 'each service area code must be a 9-digit KATO code' })
  serviceArea: string[];

  @IsOptional()
  @NestedObject(() => ContractTermsDto)
  contract?: ContractTermsDto;
}

export class UpdateProviderDto {
  @IsOptional()
  @IsString()
  @Length(2, 300)
  legalName?: string;

  @IsOptional()
  @NestedObject(() => ProviderContactsDto)
  contacts?: ProviderContactsDto;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @Matches(KATO_PATTERN, { each: true, message: 'each service area code must be a 9-digit KATO code' })
  serviceArea?: string[];
}

export class ChangeProviderStatusDto {
  @IsIn(PROVIDER_STATUSES)
  status: ProviderStatus;

  @IsString()
  @Length(2, 500)
  reason: string;
}
