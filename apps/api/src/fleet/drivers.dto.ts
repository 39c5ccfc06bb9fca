import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DRIVER_STATUSES, LANGUAGES, type DriverStatus, type Language } from '@invataxi/domain';
import { normalisePhone } from '../providers/phone';

/** Licence numbers are compared without spaces, in capitals (the exact series format is unverified). */
export function normaliseLicence(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value;
}

export class CreateDriverDto {
  @IsString()
  @Length(2, 200)
  fullName: string;

  @Transform(({ value }) => normaliseLicence(value))
  @IsString()
  @Matches(/^[A-Z0-9]{6,12}$/, { message: 'licenceNumber must be 6 to 12 letters and digits' })
  licenceNumber: string;

  @Transform(({ value }) => normalisePhone(value))
  @IsString()
  @Matches(/^\+7\d{10}$/, { message: 'phone must be +7 and 10 digits' })
  phone: string;

  /** The driver app's language. */
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ChangeDriverStatusDto {
  @IsIn(DRIVER_STATUSES)
  status: DriverStatus;
}
