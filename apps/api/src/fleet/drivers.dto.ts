import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DRIVER_STATUSES, LANGUAGES, type DriverStatus, type Language } from '@invataxi/domain';
import { normalisePhone } from '../providers/phone';

/** Licence numbers are compared without spaces, in capitals (the exact series format is unverified). */
export function normaliseLicence(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateDriverDto {
  @IsString()
  @Length(2, 200)
  fullName: string;

  @Transform(({ value }) => normaliseLicence(value))
  @IsString()
  @Matches(/^[A-Z0-9]{6,12}$/, { message: 'licenceNumber must be 6 to 12 letters and digits' })
  licenceNumber: string;

  /** The licence is valid through this day (YYYY-MM-DD): an expired licence is not put on a shift. */
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'licenceValidUntil must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  licenceValidUntil?: string;

  @Transform(({ value }) => normalisePhone(value))
  @IsString()
  @Matches(/^\+7\d{10}$/, { message: 'phone must be +7 and 10 digits' })
  phone: string;

  /** The driver app's language. */
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

/** A correction of the record or a renewed licence; absent fields stay as they are. */
export class UpdateDriverDto {
  @IsOptional()
  @IsString()
  @Length(2, 200)
  fullName?: string;

  @IsOptional()
  @Transform(({ value }) => normaliseLicence(value))
  @IsString()
  @Matches(/^[A-Z0-9]{6,12}$/, { message: 'licenceNumber must be 6 to 12 letters and digits' })
  licenceNumber?: string;

  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'licenceValidUntil must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  licenceValidUntil?: string;

  @IsOptional()
  @Transform(({ value }) => normalisePhone(value))
  @IsString()
  @Matches(/^\+7\d{10}$/, { message: 'phone must be +7 and 10 digits' })
  phone?: string;
}

export class ChangeDriverStatusDto {
  @IsIn(DRIVER_STATUSES)
  status: DriverStatus;
}
