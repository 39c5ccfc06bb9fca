import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@invataxi/notifications';

const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class MineQuery {
  /** Only messages not yet marked read. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  unread?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class StreamQuery {
  /**
   * Also follow this rider's bookings (`event: booking` per change): the rider's own id, or a
   * guardian's ward. Without it a rider follows their own; a guardian, their messages only.
   */
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;
}

export class BookingNotificationsQuery {
  @IsUUID()
  bookingId: string;
}

/** The rider's channel choices; a guardian names the ward. Absent fields stay as they are. */
export class NotificationPreferencesDto {
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  @IsOptional()
  @IsBoolean()
  sms?: boolean;

  @IsOptional()
  @IsBoolean()
  inApp?: boolean;

  @IsOptional()
  @IsBoolean()
  notifyGuardians?: boolean;
}

/** The SMS gateway's delivery report (its field names). */
export class DeliveryReportDto {
  @IsString()
  @MaxLength(100)
  message_id: string;

  @IsUUID()
  client_message_id: string;

  @IsIn(DELIVERY_STATUSES)
  status: DeliveryStatus;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/)
  error_code?: string;
}

export interface InAppNotificationView {
  id: string;
  bookingId: string | null;
  kind: string;
  text: string;
  createdAt: Date;
  /**
   * When the message reached the reader: sent, else due (sendAfter), else written. The instant a
   * no-show's evidence names for it (walk t23 m4: the list said 12:18, the dispute card 12:20).
   */
  toldAt: Date;
  readAt: Date | null;
}

/** What the dispatcher sees of a message: its delivery, not the person's phone. */
export interface DeliveryView {
  id: string;
  recipient: 'RIDER' | 'GUARDIAN';
  channel: string;
  kind: string;
  language: string;
  text: string;
  segments: number;
  status: string;
  attempts: number;
  error: string | null;
  sendAfter: Date | null;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface PreferencesView {
  beneficiaryId: string;
  sms: boolean;
  inApp: boolean;
  notifyGuardians: boolean;
}
