// The SMS gateway adapter: the request shape common to Kazakh SMS gateways (an API key, a
// registered sender name, the phone in +7 format, the text, our own message id so a resent
// request is recognised, and the URL to post delivery reports to). The local simulator
// (apps/simulators/src/sms) speaks the same shape.
import type { Channel, ChannelReceipt, OutgoingMessage } from './channel';
import { ChannelRejectedError, ChannelUnavailableError } from './channel';

export interface SmsGatewaySettings {
  /** Base URL; the adapter posts to `${url}/messages`. */
  url: string;
  apiKey: string;
  sender: string;
  /** Where the gateway posts delivery reports. */
  callbackUrl: string;
  timeoutMs: number;
}

/** What we send: the field names of the gateway's API. */
export interface SmsSendRequest {
  api_key: string;
  sender: string;
  recipient: string;
  text: string;
  client_message_id: string;
  callback_url: string;
  /**
   * When the message was sent, on the platform's clock (ISO 8601): what the phone shows as its
   * time. Optional; a demo's history plays on a moved clock, so its messages carry that time.
   */
  sent_at?: string;
}

export interface SmsSendResponse {
  message_id: string;
  status: string;
}

export class SmsGatewayChannel implements Channel {
  readonly channel = 'SMS' as const;

  constructor(
    private readonly settings: SmsGatewaySettings,
    private readonly fetchFn: typeof fetch = fetch,
    /** The platform's clock: each message says when it was sent (null: the gateway's own time). */
    private readonly clock: { now(): Date } | null = null,
  ) {}

  async send(m: OutgoingMessage): Promise<ChannelReceipt> {
    const body: SmsSendRequest = {
      api_key: this.settings.apiKey,
      sender: this.settings.sender,
      recipient: m.address,
      text: m.text,
      client_message_id: m.notificationId,
      callback_url: this.settings.callbackUrl,
      ...(this.clock ? { sent_at: this.clock.now().toISOString() } : {}),
    };
    let res: Response;
    try {
      res = await this.fetchFn(`${this.settings.url.replace(/\/$/, '')}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (e) {
      // Timeout or connection refused: the message may or may not have gone; the retry sends
      // the same client_message_id, which the gateway recognises.
      throw new ChannelUnavailableError(`sms gateway unreachable: ${(e as Error).name}`);
    }
    if (res.status >= 500 || res.status === 429 || res.status === 408)
      throw new ChannelUnavailableError(`sms gateway answered ${res.status}`);
    if (!res.ok) throw new ChannelRejectedError(`sms gateway refused the message: ${res.status}`);
    const json = (await res.json().catch(() => null)) as Partial<SmsSendResponse> | null;
    if (!json || typeof json.message_id !== 'string')
      throw new ChannelUnavailableError('sms gateway answered without a message id');
    return { externalId: json.message_id, delivered: false };
  }
}
