import { NestedObject } from '../http/nested-object';
import { ToleratesUnknownFields } from '../http/validation';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  DISABILITY_CATEGORIES,
  LANGUAGES,
  TIME_ANCHORS,
  TRIP_PURPOSES,
  WHEELCHAIR_TYPES,
  type DisabilityCategory,
  type Language,
  type TimeAnchor,
  type TripPurpose,
  type WheelchairType,
} from '@invataxi/domain';

// The request bodies of our contract with the Portal (libs/portal/openapi.json).

export const PORTAL_ORDER_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export class PortalPlaceDto {
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  address: string;

  @IsLatitude()
  lat: number;

  @IsLongitude()
  lon: number;

  @Matches(/^\d{9}$/)
  kato: string;
}

export class PortalNeedsDto {
  @IsIn(WHEELCHAIR_TYPES)
  wheelchair: WheelchairType;

  /** Step-free boarding: a vehicle with a ramp or with a lift serves it (either will do). */
  @IsBoolean() needsRamp: boolean;
  /** A lift specifically: the wheelchair cannot go up a ramp. */
  @IsBoolean() needsLift: boolean;
  @IsBoolean() visual: boolean;
  @IsBoolean() hearing: boolean;
  @IsBoolean() intellectual: boolean;
  @IsBoolean() guideDog: boolean;
}

export class PortalRecipientDto {
  /** Checked with the check digit in the service; never echoed in an answer. */
  @Matches(/^\d{12}$/)
  iin: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @IsOptional()
  @Matches(/^\+?\d{10,15}$/)
  phone?: string | null;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @NestedObject(() => PortalPlaceDto)
  residence: PortalPlaceDto;
}

export class PortalEligibilityDto {
  @IsIn(DISABILITY_CATEGORIES)
  category: DisabilityCategory;

  @ValidateIf((o: PortalEligibilityDto) => o.validUntil !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validUntil: string | null;

  @NestedObject(() => PortalNeedsDto)
  needs: PortalNeedsDto;

  @IsBoolean()
  companionEntitled: boolean;

  @Matches(/^\d{9}$/)
  payerKato: string;
}

export class PortalRideDto {
  @NestedObject(() => PortalPlaceDto)
  pickup: PortalPlaceDto;

  @NestedObject(() => PortalPlaceDto)
  dropoff: PortalPlaceDto;

  @IsIn(TIME_ANCHORS)
  timeAnchor: TimeAnchor;

  @IsISO8601({ strict: true })
  requestedTime: string;

  @IsIn(TRIP_PURPOSES)
  purpose: TripPurpose;

  @IsInt()
  @Min(0)
  @Max(10)
  companions: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string | null;
}

@ToleratesUnknownFields()
export class PortalOrderDto {
  @Matches(PORTAL_ORDER_ID)
  orderId: string;

  @NestedObject(() => PortalRecipientDto)
  recipient: PortalRecipientDto;

  @NestedObject(() => PortalEligibilityDto)
  eligibility: PortalEligibilityDto;

  @NestedObject(() => PortalRideDto)
  ride: PortalRideDto;
}

@ToleratesUnknownFields()
export class PortalCancelDto {
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
}

@ToleratesUnknownFields()
export class PortalPaymentDto {
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  reference: string;

  @IsIn(['PENDING', 'PAID', 'REJECTED'])
  status: 'PENDING' | 'PAID' | 'REJECTED';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  paidAt?: string | null;
}

/** What an order's answer says: ids and status, nothing personal. */
export class PortalOrderAnswer {
  orderId: string;
  bookingId: string;
  status: string;
  version: number;
}

/** The answer to a payment decision: the act and its status after it. */
export class PortalPaymentAnswer {
  actId: string;
  status: string;
}

/** One status an order passed through, at the booking's version. */
export interface PortalOrderHistoryEntry {
  version: number;
  status: string;
  /** Reason code of a refusal, cancellation or expiry; null otherwise. */
  reason: string | null;
  at: string;
}

/** GET /portal/v1/orders/{orderId}: the order's booking now, and its history, oldest first. */
export interface PortalOrderStatus extends PortalOrderAnswer {
  reason: string | null;
  lateCancellation: boolean;
  requestedTime: string;
  plannedPickupAt: string | null;
  plannedDropoffAt: string | null;
  actualPickupAt: string | null;
  actualDropoffAt: string | null;
  cancelledAt: string | null;
  history: PortalOrderHistoryEntry[];
}
