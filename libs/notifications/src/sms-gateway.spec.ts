import { ChannelRejectedError, ChannelUnavailableError } from './channel';
import { signDeliveryReport, verifyDeliveryReport, type DeliveryReport } from './delivery-report';
import { maskPhone, toE164Kz } from './phone';
import { SmsGatewayChannel, type SmsSendRequest } from './sms-gateway';

const settings = {
  url: 'http://gw.test/api/',
  apiKey: 'key',
  sender: 'INVATAXI',
  callbackUrl: 'http://api.test/cb',
  timeoutMs: 1000,
};

function answering(status: number, body: unknown): { fetchFn: typeof fetch; sent: SmsSendRequest[] } {
  const sent: SmsSendRequest[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    expect(url).toBe('http://gw.test/api/messages');
    sent.push(JSON.parse(String(init.body)) as SmsSendRequest);
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { fetchFn, sent };
}

describe('SMS gateway adapter', () => {
  const msg = { notificationId: 'n-1', address: '+77011234567', text: 'Инватакси' };

  it("says when the message was sent on the platform's clock, when given one", async () => {
    const { fetchFn, sent } = answering(200, { message_id: 'gw-9', status: 'ACCEPTED' });
    const at = new Date('2026-11-03T04:05:06.000Z');
    await new SmsGatewayChannel(settings, fetchFn, { now: () => at }).send(msg);
    expect(sent[0]?.sent_at).toBe('2026-11-03T04:05:06.000Z');
  });

  it('sends the gateway shape and returns the gateway id', async () => {
    const { fetchFn, sent } = answering(200, { message_id: 'gw-9', status: 'ACCEPTED' });
    const r = await new SmsGatewayChannel(settings, fetchFn).send(msg);
    expect(r).toEqual({ externalId: 'gw-9', delivered: false });
    expect(sent).toEqual([
      {
        api_key: 'key',
        sender: 'INVATAXI',
        recipient: '+77011234567',
        text: 'Инватакси',
        client_message_id: 'n-1',
        callback_url: 'http://api.test/cb',
      },
    ]);
  });

  it('calls 5xx and 429 retryable, other 4xx final', async () => {
    await expect(
      new SmsGatewayChannel(settings, answering(503, {}).fetchFn).send(msg),
    ).rejects.toBeInstanceOf(ChannelUnavailableError);
    await expect(
      new SmsGatewayChannel(settings, answering(429, {}).fetchFn).send(msg),
    ).rejects.toBeInstanceOf(ChannelUnavailableError);
    await expect(
      new SmsGatewayChannel(settings, answering(401, {}).fetchFn).send(msg),
    ).rejects.toBeInstanceOf(ChannelRejectedError);
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(new SmsGatewayChannel(settings, down).send(msg)).rejects.toBeInstanceOf(
      ChannelUnavailableError,
    );
  });
});

describe('phones', () => {
  it('normalises Kazakh numbers to +7 and refuses others', () => {
    expect(toE164Kz('8 701 123 45 67')).toBe('+77011234567');
    expect(toE164Kz('+7 (701) 123-45-67')).toBe('+77011234567');
    expect(toE164Kz('77011234567')).toBe('+77011234567');
    expect(toE164Kz('7011234567')).toBe('+77011234567');
    expect(toE164Kz('+998901234567')).toBeNull();
    expect(toE164Kz('12345')).toBeNull();
    expect(maskPhone('+77011234567')).toBe('+7701***4567');
  });
});

describe('delivery report signature', () => {
  const r: DeliveryReport = { message_id: 'gw-1', client_message_id: 'n-1', status: 'DELIVERED' };
  const now = new Date('2026-03-01T10:00:00Z');
  const ts = Math.floor(now.getTime() / 1000);

  it('accepts the right signature and refuses a forged, altered or stale one', () => {
    const sig = signDeliveryReport('s3cret-s3cret-s3cret', ts, r);
    expect(verifyDeliveryReport('s3cret-s3cret-s3cret', r, String(ts), sig, now)).toBe(true);
    expect(verifyDeliveryReport('other-secret-value', r, String(ts), sig, now)).toBe(false);
    expect(
      verifyDeliveryReport('s3cret-s3cret-s3cret', { ...r, status: 'UNDELIVERED' }, String(ts), sig, now),
    ).toBe(false);
    expect(
      verifyDeliveryReport(
        's3cret-s3cret-s3cret',
        r,
        String(ts - 3600),
        signDeliveryReport('s3cret-s3cret-s3cret', ts - 3600, r),
        now,
      ),
    ).toBe(false);
    expect(verifyDeliveryReport('', r, String(ts), sig, now)).toBe(false);
    expect(verifyDeliveryReport('s3cret-s3cret-s3cret', r, String(ts), undefined, now)).toBe(false);
  });
});
