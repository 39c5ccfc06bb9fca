import { Transform, Type } from 'class-transformer';
import { NestedObject } from '../http/nested-object';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
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
} from 'class-validator';
import {
  BOOKING_STATUSES,
  RIDE_NEED_FILTERS,
  type RideNeedFilter,
  TIME_ANCHORS,
  TRIP_PURPOSES,
  type BookingStatus,
  type TimeAnchor,
  type TripPurpose,
  STAFF_CANCEL_REASONS,
  STAFF_CHANGE_REASONS,
  NO_SHOW_FORGIVE_REASONS,
  NO_SHOW_DISPUTE_REJECTIONS,
  type NoShowDisputeRejection,
  type NoShowForgiveReason,
  type StaffCancelReason,
  type StaffChangeReason,
} from '@invataxi/domain';
import { MobilityDto } from '../beneficiaries/beneficiary.dto';

export class PlaceDto {
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

export class ReturnTripDto {
  @IsIn(TIME_ANCHORS)
  timeAnchor: TimeAnchor;

  /** A single ride's return: the instant (ISO). */
  @IsOptional()
  @IsDateString({ strict: true })
  time?: string;

  /** A series' return: local time on each occurrence's date. */
  @IsOptional()
  @Matches(/^\d{2}:\d{2}$/)
  localTime?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;
}

export class RecurrenceDto {
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[];

  @Matches(/^\d{2}:\d{2}$/)
  localTime: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  fromDate: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  toDate: string;
}

export class CreateBookingDto {
  @IsUUID()
  beneficiaryId: string;

  @NestedObject(() => PlaceDto)
  pickup: PlaceDto;

  @NestedObject(() => PlaceDto)
  dropoff: PlaceDto;

  @IsIn(TIME_ANCHORS)
  timeAnchor: TimeAnchor;

  /** "Pick me up at" / "get me there by" this instant (ISO); omitted for a series. */
  @IsOptional()
  @IsDateString({ strict: true })
  time?: string;

  @IsIn(TRIP_PURPOSES)
  purpose: TripPurpose;

  @IsInt()
  @Min(0)
  @Max(10)
  companions: number;

  /** Needs for this ride; the person's profile when omitted. */
  @IsOptional()
  @NestedObject(() => MobilityDto)
  mobility?: MobilityDto;

  /** For the driver (entrance, floor, what helps). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;

  @IsOptional()
  @NestedObject(() => ReturnTripDto)
  returnTrip?: ReturnTripDto;

  @IsOptional()
  @NestedObject(() => RecurrenceDto)
  recurrence?: RecurrenceDto;
}

/** Forgive a recorded no-show: why (a code, kept with it and shown where it is listed). */
export class ForgiveNoShowDto {
  @IsIn(NO_SHOW_FORGIVE_REASONS)
  reason: NoShowForgiveReason;
}

export class CancelBookingDto {
  @IsInt()
  @Min(1)
  version: number;

  @IsOptional()
  @IsIn(['THIS', 'THIS_AND_FOLLOWING'])
  scope?: 'THIS' | 'THIS_AND_FOLLOWING';

  /** Staff only: why the ride is cancelled on the person's behalf (kept as its status reason). */
  @IsOptional()
  @IsIn(STAFF_CANCEL_REASONS)
  reason?: StaffCancelReason;
}

/** A ride's new time or places (at least one); the rest of the ride stays as it was. */
export class ChangeBookingDto {
  @IsInt()
  @Min(1)
  version: number;

  /** The new time of the ride's own anchor (pick-up or arrival), an instant (ISO). */
  @IsOptional()
  @IsDateString({ strict: true })
  time?: string;

  @IsOptional()
  @NestedObject(() => PlaceDto)
  pickup?: PlaceDto;

  @IsOptional()
  @NestedObject(() => PlaceDto)
  dropoff?: PlaceDto;

  /** Staff only, and required from staff: why the ride is changed on the person's behalf (kept in the audit). */
  @IsOptional()
  @IsIn(STAFF_CHANGE_REASONS)
  reason?: StaffChangeReason;
}

export class CancelSeriesDto {
  /** First local date cancelled (inclusive); the series ends the day before. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  fromDate: string;
}

export class PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class SearchBookingsQuery extends PageQuery {
  /** Local date YYYY-MM-DD of the pickup window. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;

  /** One status or several, comma-separated. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(BOOKING_STATUSES, { each: true })
  status?: BookingStatus[];

  @IsOptional()
  @Matches(/^\d{9}$/)
  region?: string;

  @IsOptional()
  @IsUUID()
  provider?: string;

  /** One person's rides (the phone desk). */
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  /**
   * Free text (issue 23): part of the rider's name, some digits of their phone, or the booking's
   * number (its id, or the first 8 or more of its characters) or Portal order number. Never logged.
   */
  @IsOptional()
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  /** Rides with every one of these needs (comma-separated): wheelchair, stepFree, needsLift, visual, hearing, intellectual, guideDog. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(RIDE_NEED_FILTERS, { each: true })
  needs?: RideNeedFilter[];

  /** By pickup window: `asc` (default, earliest first) or `desc` (latest first: a person's history). */
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class AllowanceQuery {
  @IsUUID()
  beneficiaryId: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/)
  month?: string;
}

/** The rider disputes a no-show (issue 23): what happened, in their words. */
export class DisputeNoShowDto {
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  text: string;
}

/** The LEB officer's or the region dispatcher's decision on a disputed no-show. */
export class DecideNoShowDisputeDto {
  /** true: the rider is right, the no-show is forgiven; false: it stands and counts. */
  @IsBoolean()
  upheld: boolean;

  /**
   * Required when rejected: why, as a code the rider is told in their language (SMS and app):
   * DISPUTE_EVIDENCE_CONFIRMS, DISPUTE_NOT_AT_ADDRESS, DISPUTE_NOT_CANCELLED, DISPUTE_OTHER.
   */
  @ValidateIf((o: DecideNoShowDisputeDto) => o.upheld === false || o.reason !== undefined)
  @IsIn(NO_SHOW_DISPUTE_REJECTIONS)
  reason?: NoShowDisputeRejection;

  /**
   * The decider's own words to the rider, shown on the ride in the app (never in an SMS);
   * required with DISPUTE_OTHER.
   */
  @ValidateIf((o: DecideNoShowDisputeDto) => o.reason === 'DISPUTE_OTHER' || o.note !== undefined)
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(3)
  @MaxLength(500)
  note?: string;
}
