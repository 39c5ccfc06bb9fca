import type { NotificationChannel } from '@invataxi/domain';

/** One message ready to go: the stored notification's id travels as the client message id. */
export interface OutgoingMessage {
  notificationId: string;
  /** SMS: a phone in +7 format; in-app: the recipient's stream key. */
  address: string;
  text: string;
}

export interface ChannelReceipt {
  /** The channel's own id for the message (the SMS gateway's message id), if it has one. */
  externalId: string | null;
  /** True when the channel has already delivered it (in-app); SMS waits for a delivery report. */
  delivered: boolean;
}

/**
 * A way to reach a person. Implementations throw ChannelUnavailableError for what a retry may
 * fix (timeouts, 5xx, 429) and ChannelRejectedError for what it cannot (bad key, bad number).
 */
export interface Channel {
  readonly channel: NotificationChannel;
  send(message: OutgoingMessage): Promise<ChannelReceipt>;
}

export class ChannelUnavailableError extends Error {
  override readonly name = 'ChannelUnavailableError';
}

export class ChannelRejectedError extends Error {
  override readonly name = 'ChannelRejectedError';
}
