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
import {
  LANGUAGES,
  ROLES,
  USER_STATUSES,
  type InvitationStatus,
  type Language,
  type Role,
  type UserStatus,
} from '@invataxi/domain';
import { normalisePhone } from '../providers/phone';
import { say } from '../http/validation';

const PHONE = /^\+7\d{10}$/;
/** A staff password's shortest length (a passphrase is welcome). */
export const PASSWORD_MIN = 10;
const PHONE_RULE = { message: 'phone must be +7 and 10 digits', context: say('PHONE_FORMAT') };
const CODE_RULE = { message: 'code must be 6 digits', context: say('CODE_FORMAT') };
const REQUIRED = { context: say('FIELD_REQUIRED') };
const KATO = /^(?!00)\d{9}$/;
/** Invitation tokens and MFA tokens: URL-safe base64 / JWT characters only. */
const OPAQUE = /^[A-Za-z0-9_.-]{20,2000}$/;

export class PhoneCodeRequestDto {
  /** The rider's mobile number: +7 and 10 digits (8 701 123 45 67 is read the same). */
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, PHONE_RULE)
  phone: string;
}

export class PhoneVerifyDto {
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, PHONE_RULE)
  phone: string;

  /** The 6 digits of the SMS (spaces are ignored). */
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s/g, '') : value))
  @Matches(/^\d{6}$/, CODE_RULE)
  code: string;
}

export class PasswordSignInDto {
  /** The staff member's phone (+7...) or e-mail. */
  @IsString(REQUIRED)
  @MinLength(1, REQUIRED)
  @MaxLength(254)
  login: string;

  @IsString(REQUIRED)
  @MinLength(1, REQUIRED)
  @MaxLength(256)
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
  @Matches(/^\d{6}$/, CODE_RULE)
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
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString(REQUIRED)
  @MinLength(1, REQUIRED)
  @MaxLength(200)
  displayName: string;

  /** The invitation goes by SMS to this number (and it is the login)... */
  @ValidateIf((o: InvitationCreateDto) => o.phone !== undefined || o.email === undefined)
  @Transform(({ value }) => normalisePhone(value))
  @Matches(PHONE, PHONE_RULE)
  phone?: string;

  /** ... or by e-mail (then the e-mail is the login). */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { context: say('EMAIL_FORMAT') })
  @MaxLength(254)
  email?: string;

  /** The invited person's language: the SMS, the invitation page and their account use it (default: the inviter's). */
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
  @IsString(REQUIRED)
  @MinLength(PASSWORD_MIN, { context: say('PASSWORD_TOO_SHORT', { min: PASSWORD_MIN }) })
  @MaxLength(256)
  password: string;

  @IsOptional()
  @IsString(REQUIRED)
  @MinLength(1, REQUIRED)
  @MaxLength(200)
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

export interface SignInMethods {
  /** The /signin page may offer pasting an `npm run token` token (demo and test configurations only). */
  developerTokenSignIn: boolean;
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
  /** The language of the SMS and of the invitation page. */
  language: Language;
}

/** An invitation not accepted, in the list of whoever manages the role. */
export interface InvitationListItem {
  id: string;
  role: Role;
  displayName: string;
  /** The phone or e-mail it went to, masked. */
  sentTo: string;
  language: Language;
  regionKato: string | null;
  regionNames: { kk: string; ru: string; en: string } | null;
  providerName: string | null;
  driverId: string | null;
  /** Who sent it (display name). */
  invitedBy: string | null;
  /** When the link last went out (a resend replaces the link). */
  sentAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
}

/** What the invitation form offers its caller. */
export interface InviteOptions {
  /** The language the form starts with for the invited person: the caller's own. */
  language: Language;
  /** Regions the caller may name, by name (an administrator: the regions; an LEB officer: theirs and what lies in it). */
  regions: { katoCode: string; names: { kk: string; ru: string; en: string } }[];
  /** A provider admin's driver records without a login yet (the invitation gives them one). */
  drivers: { id: string; fullName: string; phone: string; invitedUntil: Date | null }[];
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
  /** The language the inviter chose for the person: the page opens in it. */
  language: Language;
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
  /**
   * A password is set. False for a staff account made without one (a driver added on the fleet
   * page): it cannot sign in until the person accepts an invitation. Riders and guardians sign in
   * with a code by SMS and have none.
   */
  passwordSet: boolean;
  createdAt: Date;
}

export interface JwksView {
  keys: { kty: string; crv?: string; x?: string; y?: string; kid: string; use: string; alg: string }[];
}
