import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { LANGUAGES, ROLES, USER_STATUSES, type Language, type Role, type UserStatus } from '@invataxi/domain';
import { normalisePhone } from '../providers/phone';

const PHONE = /^\+7\d{10}$/;
const KATO = /^(?!00)\d{9}$/;
/** Invitation tokens and MFA tokens: URL-safe base64 / JWT characters only. */
const OPAQUE = /^[A-Za-z0-9_.-]{20,2000}$/;

export class PhoneCodeRequestDto {
  /** The rider's mobile number: +7 and 10 digits (8 701 123 45 67 is read the same). */
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, { message: 'phone must be +7 and 10 digits' })
  phone: string;
}

export class PhoneVerifyDto {
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, { message: 'phone must be +7 and 10 digits' })
  phone: string;

  /** The 6 digits of the SMS (spaces are ignored). */
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s/g, '') : value))
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class PasswordSignInDto {
  /** The staff member's phone (+7...) or e-mail. */
  @IsString()
  @Length(3, 254)
  login: string;

  @IsString()
  @Length(1, 256)
  password: string;
}

export class TotpEnrolDto {
  /** The mfaToken of POST /auth/password (absent when signed in: then the Bearer token is used). */
  @IsOptional()
  @Matches(OPAQUE)
  mfaToken?: string;
}

export class TotpVerifyDto {
  @IsOptional()
  @Matches(OPAQUE)
  mfaToken?: string;

  /** The 6 digits the authenticator app shows. */
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s/g, '') : value))
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class AccountPatchDto {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class InvitationCreateDto {
  @IsIn(ROLES)
  role: Role;

  /** How the person is called (shown in the user list and the invitation). */
  @IsString()
  @Length(1, 200)
  displayName: string;

  /** The invitation goes by SMS to this number (and it is the login)... */
  @ValidateIf((o: InvitationCreateDto) => o.phone !== undefined || o.email === undefined)
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, { message: 'phone must be +7 and 10 digits' })
  phone?: string;

  /** ... or by e-mail (then the e-mail is the login). */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  /** LEB officer or a region's dispatcher: the region (KATO). */
  @IsOptional()
  @Matches(KATO)
  regionKato?: string;

  /** Provider admin, a provider's dispatcher or driver: the provider. */
  @IsOptional()
  @IsUUID()
  providerId?: string;

  /** Driver: the driver record the account is tied to. */
  @IsOptional()
  @IsUUID()
  driverId?: string;
}

export class InvitationAcceptDto {
  /** At least 10 characters; a passphrase is welcome. */
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  password: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class InvitationTokenParam {
  @Matches(OPAQUE)
  token: string;
}

export class UsersQueryDto {
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UserPatchDto {
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  /** A new role (within what the caller may grant), or null to remove the role. */
  @IsOptional()
  @IsIn([...ROLES, null])
  role?: Role | null;

  @IsOptional()
  @Matches(KATO)
  regionKato?: string;

  @IsOptional()
  @IsUUID()
  providerId?: string;
}

/** Who is signed in, as the token answer and the account page show them. */
export interface SignedInUser {
  id: string;
  displayName: string;
  role: Role;
  language: Language;
  regionKato: string | null;
  providerId: string | null;
  beneficiaryId: string | null;
  driverId: string | null;
  totpEnabled: boolean;
}

/** A session opened or refreshed; the refresh token is in the httpOnly cookie, never here. */
export interface TokenAnswer {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds the access token is good for (at most 600). */
  expiresIn: number;
  sessionId: string;
  user: SignedInUser;
}

/** The password was right; a second factor is needed (or must be set up first). */
export interface MfaAnswer {
  mfa: 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
  /** Give it to POST /auth/totp/enrol and /auth/totp/verify; good for expiresIn seconds. */
  mfaToken: string;
  expiresIn: number;
}

export interface PhoneCodeSent {
  sent: true;
  /** Seconds the code is good for. */
  expiresIn: number;
  /** Seconds before another code may be asked for. */
  resendAfter: number;
}

export interface TotpEnrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a QR code (SVG markup). */
  qrSvg: string;
}

export interface TotpEnabled {
  totpEnabled: true;
}

export interface AccountView extends SignedInUser {
  phoneMasked: string | null;
  email: string | null;
  totpRequired: boolean;
}

export interface SessionView {
  id: string;
  method: 'PHONE_CODE' | 'PASSWORD' | 'EGOV';
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  /** The session of the access token that asked. */
  current: boolean;
}

export interface InvitationSent {
  id: string;
  role: Role;
  expiresAt: Date;
  channel: 'SMS' | 'EMAIL';
  /** The phone or e-mail, masked. */
  sentTo: string;
}

export interface InvitationView {
  role: Role;
  displayName: string;
  expiresAt: Date;
  /** The provider's name, when the role belongs to a provider. */
  organisation: string | null;
  /** The login the person will sign in with, masked. */
  login: string;
  totpRequired: boolean;
}

export interface InvitationAccepted {
  userId: string;
  login: string;
}

export interface UserView {
  id: string;
  displayName: string;
  role: Role | null;
  status: UserStatus;
  regionKato: string | null;
  providerId: string | null;
  driverId: string | null;
  phoneMasked: string | null;
  email: string | null;
  totpEnabled: boolean;
  createdAt: Date;
}

export interface JwksView {
  keys: { kty: string; crv?: string; x?: string; y?: string; kid: string; use: string; alg: string }[];
}
