import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { loadConfig } from '@invataxi/config';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  localTimeOf,
  type BookingStatus,
} from '@invataxi/domain';
import {
  BookingEntity,
  NotificationsRepository,
  ProcurementRequestsRepository,
  transact,
  transitionBooking,
  type Actor,
} from '@invataxi/persistence';
import { vehicleArrivingMessage } from '@invataxi/notifications';
import { expectedServiceDateForBooking } from '@invataxi/procurement';
import { bookingNotifyMessage, JobName, QueueName, QueueProducer, type JobContext } from '@invataxi/queue';
import type { Principal } from '@invataxi/auth';
import type { Redis } from 'ioredis';
import { REDIS } from '@invataxi/platform';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { JobRegistry } from '../../apps/dispatcher/src/core/job-registry';
import { Sweeper } from '../../apps/dispatcher/src/maintenance/sweeper';
import { NotificationPlanner } from '../../apps/dispatcher/src/notifications/notification-planner';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import type { ReceivedSms } from '../../apps/simulators/src/sms/sms-gateway.stand-in';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { atInstant, testNow } from '../support/clock';

/**
 * Rider notifications end to end: bookings change status through transitionBooking (the real
 * fan-out enqueues NotifyBookingStatus through the outbox), the dispatcher decides and sends,
 * the SMS gateway stand-in receives the messages and posts signed delivery reports back to the
 * API over real HTTP; PostgreSQL and Redis are the real ones.
 */
const API_KEY = 'sim-api-key-0123456789';
const SECRET = 'callback-secret-0123456789abcdef';
const ASTANA = '710000000';
const DISTRICT = '711410000';

const DISPATCHER: Actor = { userId: null, role: 'DISPATCHER' };

describe('rider notifications (SMS gateway stand-in, api and dispatcher in-process)', () => {
  let t: TestEnv;
  let sim: FastifyInstance;
  let simUrl: string;
  let api: NestFastifyApplication;
  let apiUrl: string;
  let worker: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    sim = await createSimulators({ SIM_SMS_API_KEY: API_KEY, SIM_SMS_CALLBACK_SECRET: SECRET });
    await sim.listen({ host: '127.0.0.1', port: 0 });
    simUrl = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}`;
    t = await createTestEnv({
      DISPATCHER_QUEUES: 'outbox,notifications',
      SMS_GATEWAY_URL: `${simUrl}/sms`,
      SMS_API_KEY: API_KEY,
      SMS_CALLBACK_SECRET: SECRET,
      SMS_TIMEOUT_MS: '2000',
      // Quiet hours depend on the clock of the test run: off here, checked on their own below.
      NOTIFY_QUIET_HOURS: '',
      NOTIFY_REMINDER_LOCAL_TIME: '18:00',
    });
    api = await createApi(t.config);
    await api.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    // The dispatcher tells the gateway where the API takes delivery reports.
    worker = await createDispatcher(loadConfig({ ...t.env, PUBLIC_BASE_URL: apiUrl }));
    ds = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sim?.close();
    await t?.teardown();
  });

  // ---- fixtures: rows straight into the test database (booking creation is another issue) ----

  async function rider(
    o: { language: 'kk' | 'ru' | 'en'; phone: string | null; fullName?: string } & Partial<{
      smsOptOut: boolean;
      notifyGuardians: boolean;
    }>,
  ): Promise<string> {
    const [b] = (await ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex, phone,
         language, residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility,
         sms_opt_out, notify_guardians, version)
       VALUES ('\\x00', 'k1', md5(random()::text) || md5(random()::text), '9001******11', $1, '1990-01-01', 'M', $2,
         $3, $4, 'home', 51.1, 71.4, 'ADULT_GROUP_1', '{}', $5, $6, 1) RETURNING id`,
      [
        o.fullName ?? 'Айгүл Серікова',
        o.phone,
        o.language,
        DISTRICT,
        o.smsOptOut ?? false,
        o.notifyGuardians ?? true,
      ],
    )) as { id: string }[];
    return b!.id;
  }

  async function guardian(
    beneficiaryId: string,
    language: 'kk' | 'ru' | 'en',
    phone: string,
  ): Promise<string> {
    const [u] = (await ds.query(
      `INSERT INTO app_user (role, display_name, phone, language) VALUES ('GUARDIAN', 'Guardian', $1, $2) RETURNING id`,
      [phone, language],
    )) as { id: string }[];
    await ds.query(`INSERT INTO guardianship (guardian_user_id, beneficiary_id) VALUES ($1, $2)`, [
      u!.id,
      beneficiaryId,
    ]);
    return u!.id;
  }

  const tomorrow = (): string => addDaysToLocalDate(localDateOf(testNow()), 1);

  /** An ACCEPTED booking for tomorrow with a local pickup window. */
  async function acceptedBooking(
    beneficiaryId: string,
    from: string,
    to: string,
    address: string,
    day: string = tomorrow(),
  ): Promise<string> {
    const start = localDateTimeToUtc(day, from);
    const end = localDateTimeToUtc(day, to);
    const [b] = (await ds.query(
      `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
         load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
         max_ride_seconds, direct_seconds, direct_metres, version)
       VALUES ($1, 'APP', $2, $3, 51.1, 71.4, $4, 'Clinic', 51.2, 71.5, $4, 'PICKUP', $5, 'MEDICAL', '{}', 1, 0,
         'ACCEPTED', $5, $6, $5, $6::timestamptz + interval '1 hour', 3600, 900, 8000, 1) RETURNING id`,
      [beneficiaryId, ASTANA, address, DISTRICT, start, end],
    )) as { id: string }[];
    return b!.id;
  }

  async function move(
    bookingId: string,
    to: BookingStatus,
    actor: Actor = DISPATCHER,
    patch: Record<string, unknown> = {},
  ): Promise<number> {
    const b = await transact(ds, actor, (uow) =>
      transitionBooking(uow, { bookingId, to, expectedVersion: null, patch }),
    );
    return b.version;
  }

  async function schedule(bookingId: string): Promise<number> {
    const [row] = (await ds.query(`SELECT pickup_earliest FROM booking WHERE id = $1`, [bookingId])) as {
      pickup_earliest: Date;
    }[];
    return move(bookingId, 'SCHEDULED', DISPATCHER, { plannedPickupAt: row!.pickup_earliest });
  }

  async function received(recipient: string): Promise<ReceivedSms[]> {
    const res = await fetch(`${simUrl}/sms/_control/messages?recipient=${encodeURIComponent(recipient)}`);
    return (await res.json()) as ReceivedSms[];
  }

  async function control(body: Record<string, unknown>): Promise<void> {
    await fetch(`${simUrl}/sms/_control/mode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  async function rows(bookingId: string): Promise<
    {
      id: string;
      channel: string;
      kind: string;
      status: string;
      text: string;
      attempts: number;
      recipient_user_id: string | null;
      segments: number;
      error: string | null;
    }[]
  > {
    return ds.query(
      `SELECT id, channel, kind, status, text, attempts, recipient_user_id, segments, error FROM notification
        WHERE booking_id = $1 ORDER BY created_at, id`,
      [bookingId],
    );
  }

  function http(method: string, path: string, who: Principal | null, body?: unknown) {
    return api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: method as 'GET',
        url: path,
        headers: {
          ...(who ? { authorization: `Bearer ${t.token(who)}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { payload: JSON.stringify(body) } : {}),
      });
  }

  const riderPrincipal = (beneficiaryId: string): Principal => ({
    userId: randomUUID(),
    role: 'BENEFICIARY',
    beneficiaryId,
  });
  const ddmm = (date: string): string => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

  // ---- the "done when" of issue 11 ----

  it("sends a scheduled ride as SMS in the rider's language with the local pickup window, and in the app", async () => {
    const b = await rider({ language: 'kk', phone: '8 701 555 00 01', notifyGuardians: false });
    const booking = await acceptedBooking(b, '09:00', '09:30', 'г. Астана, ул. Кенесары 40, кв. 12');
    await schedule(booking);

    const [sms] = await eventually(async () => {
      const got = await received('+77015550001');
      return got.length > 0 ? got : undefined;
    });
    expect(sms!.text).toBe(
      `Инватакси: ${ddmm(tomorrow())} 09:00, ул. Кенесары 40 → Clinic сапары: көлік 09:00 шамасында келеді.`,
    );
    expect(sms!.sender).toBe('INVATAXI');
    // The message says when it was sent on the platform's clock (a demo's history plays in the
    // past), and the stand-in's inbox shows that time, not its own receive time (f22 finding 5).
    expect(Math.abs(Date.parse(sms!.sentAt!) - testNow().getTime())).toBeLessThan(120_000);
    const inbox = await (
      await fetch(`${simUrl}/sms/?recipient=${encodeURIComponent('+77015550001')}`)
    ).text();
    expect(inbox).toContain(
      `<time datetime="${sms!.sentAt}">${sms!.sentAt!.replace('T', ' ').slice(0, 19)} UTC</time>`,
    );
    // No name, no IIN: only the ride's facts.
    expect(sms!.text).not.toMatch(/Айгүл|Серікова|9001/);

    // The gateway's signed delivery report came back through the API.
    const settled = await eventually(async () => {
      const r = await rows(booking);
      return r.length === 2 && r.every((x) => x.status === 'DELIVERED') ? r : undefined;
    });
    expect(settled.map((r) => r.channel).sort()).toEqual(['IN_APP', 'SMS']);
    const smsRow = settled.find((r) => r.channel === 'SMS')!;
    expect(smsRow).toEqual(expect.objectContaining({ kind: 'BOOKING_SCHEDULED', attempts: 1, segments: 2 }));
    expect(sms!.segments).toBe(smsRow.segments);
    expect(await received('+77015550001')).toHaveLength(1);

    // The rider's in-app list has it; marking it read empties the unread list.
    const me = riderPrincipal(b);
    const mine = await http('GET', '/notifications/mine', me);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual([
      expect.objectContaining({ bookingId: booking, kind: 'BOOKING_SCHEDULED', text: sms!.text }),
    ]);
    // Dated when it reached the rider (sent), the instant a no-show's evidence names (walk t23 m4:
    // the list said the written time, 12:18, the dispute card the sent one, 12:20).
    const [{ sent_at }] = await ds.query(
      `SELECT sent_at FROM notification WHERE booking_id = $1 AND channel = 'IN_APP'`,
      [booking],
    );
    await ds.query(
      `UPDATE notification SET created_at = sent_at - interval '2 minutes' WHERE booking_id = $1 AND channel = 'IN_APP'`,
      [booking],
    );
    const dated = (await http('GET', '/notifications/mine', me)).json()[0];
    expect([dated.toldAt, Date.parse(dated.createdAt)]).toEqual([
      new Date(sent_at).toISOString(),
      new Date(sent_at).getTime() - 120_000,
    ]);
    const read = await http('POST', `/notifications/${mine.json()[0].id}/read`, me);
    expect(read.statusCode).toBe(200);
    expect((await http('GET', '/notifications/mine?unread=true', me)).json()).toEqual([]);
    // Someone else's message is not found for another rider.
    expect(
      (await http('POST', `/notifications/${mine.json()[0].id}/read`, riderPrincipal(randomUUID())))
        .statusCode,
    ).toBe(404);
  });

  it("writes to a rider in their account's language (the one their pages show), else the one on record (issue 18)", async () => {
    // On record in Russian; the rider signed in and chose Kazakh on /profile.
    const b = await rider({ language: 'ru', phone: '+7 701 555 00 40', notifyGuardians: false });
    await ds.query(
      `INSERT INTO app_user (role, display_name, phone, language, beneficiary_id) VALUES ('BENEFICIARY', 'Rider', $1, 'kk', $2)`,
      ['+77015550040', b],
    );
    const booking = await acceptedBooking(b, '09:00', '09:30', 'г. Астана, ул. Кенесары 40, кв. 12');
    await schedule(booking);
    const [sms] = await eventually(async () => {
      const got = await received('+77015550040');
      return got.length > 0 ? got : undefined;
    });
    expect(sms!.text).toBe(
      `Инватакси: ${ddmm(tomorrow())} 09:00, ул. Кенесары 40 → Clinic сапары: көлік 09:00 шамасында келеді.`,
    );
    const inApp = await eventually(async () => (await rows(booking)).find((r) => r.channel === 'IN_APP'));
    expect(inApp.text).toBe(sms!.text);
    const [lang] = (await ds.query(`SELECT DISTINCT language FROM notification WHERE booking_id = $1`, [
      booking,
    ])) as { language: string }[];
    expect(lang!.language).toBe('kk');

    // A rider who never signed in is written to in the language on record.
    const other = await rider({ language: 'ru', phone: '+7 701 555 00 41', notifyGuardians: false });
    const second = await acceptedBooking(other, '09:00', '09:30', 'пр. Абая 10');
    await schedule(second);
    const [ru] = await eventually(async () => {
      const got = await received('+77015550041');
      return got.length > 0 ? got : undefined;
    });
    expect(ru!.text).toMatch(/^Инватакси: .*пр\. Абая 10 → Clinic.*машина/);
  });

  it('sends the evening reminder once, at the configured local time, even when its job runs again', async () => {
    const b = await rider({ language: 'ru', phone: '+7 701 555 00 02', notifyGuardians: false });
    const booking = await acceptedBooking(b, '10:00', '10:30', 'пр. Абая 10');
    await schedule(booking);
    await eventually(async () => (await received('+77015550002')).length === 1);

    // The repeatable job runs daily at 18:00 local = 13:00 UTC.
    const queue = worker.get(QueueProducer).queue(QueueName.Notifications);
    const scheduler = await eventually(
      async () => (await queue.getJobScheduler(JobName.SendReminders)) ?? undefined,
    );
    expect(scheduler.pattern).toBe('0 13 * * *');
    expect(scheduler.tz).toBe('UTC');

    const handler = worker.get(JobRegistry).handlers[JobName.SendReminders]!;
    const ctx = (attempt: number): JobContext => ({
      jobId: 'test',
      attempt,
      progress: async () => undefined,
    });
    const first = (await handler({ date: tomorrow() }, ctx(1))) as { bookings: number; created: number };
    expect(first.created).toBeGreaterThanOrEqual(2);
    // A retry, and two schedulers firing at once: nothing more.
    expect(await handler({ date: tomorrow() }, ctx(2))).toEqual(expect.objectContaining({ created: 0 }));
    const twice = (await Promise.all([
      handler({ date: tomorrow() }, ctx(3)),
      handler({ date: tomorrow() }, ctx(3)),
    ])) as {
      created: number;
    }[];
    expect(twice.map((x) => x.created)).toEqual([0, 0]);

    const reminders = await eventually(async () => {
      const got = (await received('+77015550002')).filter((m) => m.text.includes('напоминаем'));
      return got.length > 0 ? got : undefined;
    });
    expect(reminders[0]!.text).toBe(
      `Инватакси: напоминаем, завтра поездка ${ddmm(tomorrow())} 10:00, пр. Абая 10 → Clinic, машина около 10:00.`,
    );
    await eventually(async () =>
      (await rows(booking)).filter((r) => r.kind === 'REMINDER').every((r) => r.status === 'DELIVERED'),
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await received('+77015550002')).filter((m) => m.text.includes('напоминаем'))).toHaveLength(1);
    expect(
      (await rows(booking))
        .filter((r) => r.kind === 'REMINDER')
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['IN_APP', 'SMS']);
    // "Tomorrow" must be true: a run for today is refused, not sent.
    await expect(handler({ date: localDateOf(testNow()) }, ctx(1))).rejects.toThrow(/after today/);
  });

  it("tells the rider and the guardian, each in their language, when an operator cancels; the guardian's stream gets it", async () => {
    const b = await rider({ language: 'en', phone: '87015550003' });
    const g = await guardian(b, 'ru', '+77025550003');
    const booking = await acceptedBooking(b, '11:00', '11:20', 'Kabanbay batyr 10');
    await schedule(booking);
    await eventually(
      async () =>
        (await received('+77015550003')).length === 1 && (await received('+77025550003')).length === 1,
    );

    const guardianP: Principal = { userId: g, role: 'GUARDIAN' };
    const events: string[] = [];
    const stream = await openStream(guardianP, (chunk) => events.push(chunk));
    try {
      await move(
        booking,
        'CANCELLED',
        { userId: randomUUID(), role: 'DISPATCHER' },
        { cancelledAt: testNow() },
      );
      const riderSms = await eventually(async () =>
        (await received('+77015550003')).find((m) => m.text.includes('cancelled')),
      );
      expect(riderSms.text).toBe(
        `Invataxi: your ride ${ddmm(tomorrow())} 11:00, Kabanbay batyr 10 to Clinic was cancelled by the dispatcher. Details in the app.`,
      );
      const guardianSms = await eventually(async () =>
        (await received('+77025550003')).find((m) => m.text.includes('отменена')),
      );
      expect(guardianSms.text).toBe(
        `Инватакси: поездка ${ddmm(tomorrow())} 11:00, Kabanbay batyr 10 → Clinic отменена диспетчером. Подробности в приложении.`,
      );
      await eventually(async () => events.join('').includes('BOOKING_CANCELLED'));
      const event = events
        .join('')
        .split('\n\n')
        .find((e) => e.includes('BOOKING_CANCELLED'))!;
      expect(event).toMatch(/^event: notification\ndata: /);
      expect(JSON.parse(event.split('data: ')[1]!)).toEqual(
        expect.objectContaining({ bookingId: booking, kind: 'BOOKING_CANCELLED', text: guardianSms.text }),
      );
    } finally {
      stream.destroy();
    }
    const mine = await http('GET', '/notifications/mine', guardianP);
    expect(mine.json().map((n: { kind: string }) => n.kind)).toEqual([
      'BOOKING_CANCELLED',
      'BOOKING_SCHEDULED',
    ]);
    const all = await rows(booking);
    expect(all.filter((r) => r.kind === 'BOOKING_CANCELLED')).toHaveLength(4);

    // The rider's own cancellation is no news to them: nothing is sent.
    const own = await acceptedBooking(b, '15:00', '15:20', 'Kabanbay batyr 10');
    const v = await move(own, 'CANCELLED', { userId: randomUUID(), role: 'BENEFICIARY' });
    const queue = worker.get(QueueProducer).queue(QueueName.Notifications);
    const job = await eventually(async () => {
      const j = await queue.getJob(`${JobName.NotifyBookingStatus}.${own}.v${v}`);
      return j && (await j.isCompleted()) ? j : undefined;
    });
    expect(job.returnvalue).toEqual({ kind: null, created: 0 });
    expect(await rows(own)).toEqual([]);
  });

  it("retries a failing gateway with back-off, then marks the SMS FAILED, visible in the dispatcher's view", async () => {
    await control({ fail: 'always' });
    try {
      const b = await rider({ language: 'ru', phone: '+77015550004', notifyGuardians: false });
      const booking = await acceptedBooking(b, '12:00', '12:30', 'Respublika 2');
      await move(booking, 'WAITLISTED');
      const failed = await eventually(
        async () => (await rows(booking)).find((r) => r.channel === 'SMS' && r.status === 'FAILED'),
        55000,
        250,
      );
      expect(failed.attempts).toBe(6);
      expect(failed.error).toMatch(/503/);
      expect(await received('+77015550004')).toEqual([]);
      const stats = (await (await fetch(`${simUrl}/sms/_control/stats`)).json()) as {
        answeredFailure: number;
      };
      expect(stats.answeredFailure).toBeGreaterThanOrEqual(6);

      const dispatcher: Principal = { userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA };
      const view = await http('GET', `/notifications?bookingId=${booking}`, dispatcher);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            recipient: 'RIDER',
            channel: 'SMS',
            kind: 'BOOKING_WAITLISTED',
            status: 'FAILED',
            attempts: 6,
          }),
          expect.objectContaining({ recipient: 'RIDER', channel: 'IN_APP', status: 'DELIVERED' }),
        ]),
      );
      expect(JSON.stringify(view.json())).not.toContain('5550004');
      // Out of scope: an officer of another region; and a rider cannot use the staff view.
      const almaty: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: '750000000' };
      expect((await http('GET', `/notifications?bookingId=${booking}`, almaty)).statusCode).toBe(403);
      expect((await http('GET', `/notifications?bookingId=${booking}`, riderPrincipal(b))).statusCode).toBe(
        403,
      );

      // The gateway is back: the dispatcher sends the failed message again, and it arrives.
      await control({ fail: 0 });
      expect((await http('POST', `/notifications/${failed.id}/resend`, almaty)).statusCode).toBe(403);
      const again = await http('POST', `/notifications/${failed.id}/resend`, dispatcher);
      expect(again.statusCode).toBe(202);
      const delivered = await eventually(async () =>
        (await rows(booking)).find((r) => r.id === failed.id && r.status === 'DELIVERED'),
      );
      expect(delivered.attempts).toBe(7);
      expect(await received('+77015550004')).toHaveLength(1);
      expect((await http('POST', `/notifications/${failed.id}/resend`, dispatcher)).statusCode).toBe(409);
    } finally {
      await control({ fail: 0 });
    }
  }, 90000);

  it('gets through after a few 5xx answers', async () => {
    await control({ fail: 2 });
    const b = await rider({ language: 'en', phone: '+77015550005', notifyGuardians: false });
    const booking = await acceptedBooking(b, '13:00', '13:30', 'Respublika 2');
    await move(booking, 'AWAITING_PROCUREMENT');
    const sms = await eventually(
      async () => (await rows(booking)).find((r) => r.channel === 'SMS' && r.status === 'DELIVERED'),
      20000,
    );
    expect(sms.attempts).toBe(3);
    // Tomorrow's ride lies before the date service is expected from (issue 20): said plainly.
    expect(await received('+77015550005')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('cannot be served: a provider is expected') }),
    ]);
  }, 30000);

  it('sends once when the gateway took the message but answered too late (same client message id on retry)', async () => {
    // SMS_TIMEOUT_MS is 2000: the first answer comes after the adapter gave up.
    // The delivery report comes after the retry, so the retry really asks the gateway again.
    await control({ slowMs: 3000, slowTimes: 1, reportDelayMs: 4000 });
    try {
      const b = await rider({ language: 'kk', phone: '+77015550010', notifyGuardians: false });
      const booking = await acceptedBooking(b, '20:00', '20:30', 'Respublika 2');
      await move(booking, 'WAITLISTED');
      const sms = await eventually(
        async () => (await rows(booking)).find((r) => r.channel === 'SMS' && r.status === 'DELIVERED'),
        20000,
      );
      expect(sms.attempts).toBe(2);
      expect(await received('+77015550010')).toHaveLength(1);
      const stats = (await (await fetch(`${simUrl}/sms/_control/stats`)).json()) as { duplicates: number };
      expect(stats.duplicates).toBeGreaterThanOrEqual(1);
    } finally {
      await control({ slowMs: 0, reportDelayMs: 20 });
    }
  }, 30000);

  it("respects the rider's SMS opt-out, set through the API", async () => {
    const b = await rider({ language: 'ru', phone: '+77015550006', notifyGuardians: false });
    const me = riderPrincipal(b);
    const res = await http('PUT', '/notifications/preferences', me, { sms: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ beneficiaryId: b, sms: false, inApp: true, notifyGuardians: false });
    const booking = await acceptedBooking(b, '14:00', '14:30', 'Respublika 2');
    await schedule(booking);
    const only = await eventually(async () => {
      const r = await rows(booking);
      return r.length > 0 && r.every((x) => x.status === 'DELIVERED') ? r : undefined;
    });
    expect(only.map((r) => r.channel)).toEqual(['IN_APP']);
    expect(await received('+77015550006')).toEqual([]);
    // Another rider's preferences are not this rider's to change.
    const other = await rider({ language: 'ru', phone: null });
    expect(
      (await http('PUT', '/notifications/preferences', me, { beneficiaryId: other, sms: true })).statusCode,
    ).toBe(403);
  });

  it('refuses a delivery report without the right signature', async () => {
    const b = await rider({ language: 'en', phone: '+77015550009', notifyGuardians: false });
    const booking = await acceptedBooking(b, '19:00', '19:30', 'Respublika 2');
    const [n] = (await ds.query(
      `INSERT INTO notification (dedup_key, booking_id, beneficiary_id, channel, kind, language, text, status, attempts)
       VALUES ($1, $2, $3, 'SMS', 'BOOKING_ACCEPTED', 'en', 'Invataxi: test', 'SENT', 1) RETURNING id, status`,
      [`${booking}.sig.BOOKING_ACCEPTED.r.${b}.SMS`, booking, b],
    )) as { id: string; status: string }[];
    const res = await fetch(`${apiUrl}/notifications/sms/delivery-reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sms-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-sms-signature': 'ab'.repeat(32),
      },
      body: JSON.stringify({ message_id: 'x', client_message_id: n!.id, status: 'UNDELIVERED' }),
    });
    expect(res.status).toBe(401);
    // Unsigned, before any validation of the body.
    expect((await http('POST', '/notifications/sms/delivery-reports', null, {})).statusCode).toBe(401);
    // A plain GET of the stream (no EventSource) is answered, not held open.
    const plain = await http('GET', '/notifications/stream', riderPrincipal(randomUUID()));
    expect(plain.statusCode).toBe(400);
    expect(plain.json().errors).toEqual([expect.objectContaining({ field: 'accept' })]);
    expect((await http('GET', '/notifications/mine', null)).statusCode).toBe(401);
    const [after] = (await ds.query(`SELECT status FROM notification WHERE id = $1`, [n!.id])) as {
      status: string;
    }[];
    expect(after!.status).toBe(n!.status);
  });

  /** A planner whose quiet hours are around the moment of the test run, whatever the clock says. */
  function quietPlanner(now: Date): NotificationPlanner {
    const quiet = `${localTimeOf(new Date(now.getTime() - 3600_000))}-${localTimeOf(new Date(now.getTime() + 3600_000))}`;
    return new NotificationPlanner(
      loadConfig({ ...t.env, NOTIFY_QUIET_HOURS: quiet }),
      new NotificationsRepository(ds),
    );
  }

  it('holds non-urgent SMS until the quiet hours end, but not urgent ones and not in-app', async () => {
    const now = testNow();
    const planner = quietPlanner(now);
    const b = await rider({ language: 'ru', phone: '+77015550007', notifyGuardians: false });
    const booking = await ds.getRepository(BookingEntity).findOneByOrFail({
      id: await acceptedBooking(b, '16:00', '16:30', 'Respublika 2'),
    });
    await transact(ds, DISPATCHER, async (uow) => {
      await planner.plan(uow, { booking, kind: 'BOOKING_WAITLISTED', occasion: 'quiet-test', now });
      await planner.plan(uow, { booking, kind: 'DRIVER_ARRIVED', occasion: 'quiet-test', now });
    });
    const planned = (await ds.query(
      `SELECT n.kind, n.channel, n.send_after, o.delay_ms FROM notification n
         JOIN outbox o ON o.job_id = 'notify.send.' || n.id WHERE n.booking_id = $1`,
      [booking.id],
    )) as { kind: string; channel: string; send_after: Date; delay_ms: number }[];
    const at = (kind: string, channel: string) =>
      planned.find((p) => p.kind === kind && p.channel === channel)!;
    const held = at('BOOKING_WAITLISTED', 'SMS');
    expect(held.send_after.getTime() - now.getTime()).toBeGreaterThan(58 * 60_000);
    expect(held.send_after.getTime() - now.getTime()).toBeLessThanOrEqual(3600_000);
    expect(Number(held.delay_ms)).toBe(held.send_after.getTime() - now.getTime());
    expect(at('BOOKING_WAITLISTED', 'IN_APP').send_after).toEqual(now);
    expect(at('DRIVER_ARRIVED', 'SMS').send_after).toEqual(now);
    expect(Number(at('DRIVER_ARRIVED', 'SMS').delay_ms)).toBe(0);
  });

  // ---- issue 20: the rider knows when ----

  const procurementRules = () => ({
    escalationDays: t.config.PROCUREMENT_ESCALATION_DAYS,
    onboardingDays: t.config.PROCUREMENT_ONBOARDING_DAYS,
  });
  const dmy = (date: string): string => `${ddmm(date)}.${date.slice(0, 4)}`;

  it('tells a rider waiting for procurement the expected service date; a ride before it, plainly that it cannot be served and what to do', async () => {
    const b = await rider({ language: 'en', phone: '+77015550020', notifyGuardians: false });
    const soon = await acceptedBooking(b, '10:00', '10:30', 'Respublika 20');
    // No request covers the district yet: the date counts as a DRAFT made now would give it.
    const expected = expectedServiceDateForBooking(
      await new ProcurementRequestsRepository(ds).openRequestsOfBooking(ds.manager, soon),
      procurementRules(),
      testNow(),
    );
    expect(expected).not.toBeNull();
    expect(expected! > tomorrow()).toBe(true);
    await move(soon, 'AWAITING_PROCUREMENT');
    const [plain] = await eventually(async () => {
      const got = await received('+77015550020');
      return got.length > 0 ? got : undefined;
    });
    expect(plain!.text).toBe(
      `Invataxi: your ride ${ddmm(tomorrow())} 10:00 cannot be served: a provider is expected only from ${dmy(expected!)}. ` +
        // Beyond the booking horizon (14 days by default): from which day that date can be booked.
        `A ride on ${dmy(expected!)} can be booked from ${dmy(addDaysToLocalDate(expected!, -14))}. The request waits until its time, then closes.`,
    );

    // A ride on a day after the expected date is kept, with the date.
    const later = addDaysToLocalDate(expected!, 2);
    const kept = await acceptedBooking(b, '11:00', '11:30', 'Respublika 20', later);
    await move(kept, 'AWAITING_PROCUREMENT');
    const sms = await eventually(async () => {
      const got = await received('+77015550020');
      return got.length > 1 ? got : undefined;
    });
    expect(sms[1]!.text).toBe(
      `Invataxi: no provider yet, the akimat is procuring one; service is expected from ${dmy(expected!)}. ` +
        `We keep your ride ${ddmm(later)} 11:00, Respublika 20 to Clinic.`,
    );

    // The rider's page reads the same date for both rides.
    const mine = await http('GET', '/bookings/mine', riderPrincipal(b));
    expect(mine.statusCode).toBe(200);
    const items = (mine.json() as { items: { id: string; expectedServiceDate: string | null }[] }).items;
    expect(items.find((i) => i.id === soon)?.expectedServiceDate).toBe(expected);
    expect(items.find((i) => i.id === kept)?.expectedServiceDate).toBe(expected);
  });

  it('sends news of a ride within 24 hours waiting for procurement in quiet hours; a later ride waits for the morning', async () => {
    const now = testNow();
    const planner = quietPlanner(now);
    const b = await rider({ language: 'ru', phone: '+77015550021', notifyGuardians: false });
    const at = (ms: number): [string, string] => {
      const when = new Date(now.getTime() + ms);
      return [localDateOf(when), localTimeOf(when)];
    };
    const [soonDay, soonTime] = at(3 * 3600_000);
    const [farDay, farTime] = at(3 * 24 * 3600_000);
    const repo = ds.getRepository(BookingEntity);
    const soon = await repo.findOneByOrFail({
      id: await acceptedBooking(b, soonTime, soonTime, 'Respublika 21', soonDay),
    });
    const far = await repo.findOneByOrFail({
      id: await acceptedBooking(b, farTime, farTime, 'Respublika 21', farDay),
    });
    const expected = addDaysToLocalDate(localDateOf(now), 20);
    await transact(ds, DISPATCHER, async (uow) => {
      for (const booking of [soon, far])
        await planner.plan(uow, {
          booking,
          kind: 'AWAITING_PROCUREMENT',
          occasion: 'quiet-procurement',
          now,
          expectedServiceDate: expected,
        });
    });
    const smsOf = async (bookingId: string) =>
      (
        (await ds.query(
          `SELECT n.send_after, n.text, o.delay_ms FROM notification n
           JOIN outbox o ON o.job_id = 'notify.send.' || n.id WHERE n.booking_id = $1 AND n.channel = 'SMS'`,
          [bookingId],
        )) as { send_after: Date; text: string; delay_ms: number }[]
      )[0]!;
    const urgent = await smsOf(soon.id);
    expect(urgent.send_after).toEqual(now);
    expect(Number(urgent.delay_ms)).toBe(0);
    expect(urgent.text).toContain(`только с ${dmy(expected)}`);
    const held = await smsOf(far.id);
    expect(held.send_after.getTime() - now.getTime()).toBeGreaterThan(58 * 60_000);
  });

  it('tells the rider once that the vehicle is about to arrive, from the planned pickup or a live ETA', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550008', notifyGuardians: false });
    const booking = await acceptedBooking(b, '17:00', '17:30', 'Respublika 2');
    await move(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: new Date(testNow().getTime() + 5 * 60_000 + 20_000),
    });
    await eventually(async () => (await received('+77015550008')).length === 1);

    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    await handlers[JobName.ScanArrivals]!({}, ctx);
    expect(await handlers[JobName.ScanArrivals]!({}, ctx)).toEqual({ created: 0 });
    // A live ETA for the same ride: not a second message.
    const eta = new Date(testNow().getTime() + 4 * 60_000);
    expect(
      await handlers[JobName.NotifyVehicleArriving]!({ bookingId: booking, etaAt: eta.toISOString() }, ctx),
    ).toEqual({
      created: 0,
    });
    const alert = await eventually(async () =>
      (await received('+77015550008')).find((m) => m.text.includes('машина через')),
    );
    expect(alert.text).toBe('Инватакси: 17:00, Respublika 2: машина через 5 мин.');
    await new Promise((r) => setTimeout(r, 300));
    expect(
      (await rows(booking))
        .filter((r) => r.kind === 'VEHICLE_ARRIVING')
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['IN_APP', 'SMS']);

    // What the dispatch engine calls on a location ping: nothing while the ETA is far.
    expect(
      vehicleArrivingMessage(booking, new Date(testNow().getTime() + 30 * 60_000), 10, testNow()),
    ).toBeNull();
    expect(vehicleArrivingMessage(booking, eta, 10, testNow())).toEqual(
      expect.objectContaining({
        name: JobName.NotifyVehicleArriving,
        jobId: `${JobName.NotifyVehicleArriving}.${booking}`,
      }),
    );
    expect(
      await handlers[JobName.NotifyVehicleArriving]!(
        { bookingId: booking, etaAt: new Date(testNow().getTime() + 30 * 60_000).toISOString() },
        ctx,
      ),
    ).toEqual({ created: 0, skipped: 'NOT_DUE' });
  });

  it('tells a rider once when the vehicle runs more than 10 min past the time told, naming the new estimate (walk t23 M5)', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550023', notifyGuardians: false });
    const booking = await acceptedBooking(b, '17:00', '17:30', 'Respublika 2');
    const planned = new Date(testNow().getTime() + 20 * 60_000);
    await move(booking, 'SCHEDULED', DISPATCHER, { plannedPickupAt: planned });
    await eventually(async () => (await received('+77015550023')).length === 1);
    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    const late = (minutes: number) =>
      handlers[JobName.NotifyVehicleLate]!(
        { bookingId: booking, etaAt: new Date(planned.getTime() + minutes * 60_000).toISOString() },
        ctx,
      );
    // ten minutes past the time told: not yet news
    expect(await late(10)).toEqual({ created: 0, skipped: 'NOT_DUE' });
    expect(await late(21)).toEqual({ created: 2 });
    const said = await eventually(async () =>
      (await received('+77015550023')).find((m) => m.text.includes('опаздывает')),
    );
    expect(said.text).toBe(
      `Инватакси: машина на поездку 17:00 опаздывает, будет около ${localTimeOf(new Date(planned.getTime() + 21 * 60_000))}.`,
    );
    // the new estimate is now what the rider was told; and not again within 10 minutes
    expect(await late(45)).toEqual({ created: 0, skipped: 'NOT_DUE' });
    const [told] = (await ds.query(
      `SELECT pickup_at FROM notification WHERE booking_id = $1 AND kind = 'VEHICLE_LATE' LIMIT 1`,
      [booking],
    )) as { pickup_at: Date }[];
    expect(told!.pickup_at.getTime()).toBe(planned.getTime() + 21 * 60_000);
    // at the door: no more
    await move(booking, 'EN_ROUTE', DISPATCHER);
    await move(booking, 'ARRIVED', DISPATCHER);
    expect(await late(60)).toEqual({ created: 0, skipped: 'NOT_COMING' });
    expect((await rows(booking)).filter((r) => r.kind === 'VEHICLE_LATE')).toHaveLength(2);
  });

  it('tells "about to arrive" from the vehicle\'s live ETA (the page\'s) when it reports, not from the plan', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550016', notifyGuardians: false });
    const booking = await acceptedBooking(b, '17:00', '17:30', 'Respublika 2');
    // The vehicle reports it is 25 minutes away (its last ping's ETA), while the plan says 5.
    const late = new Date(testNow().getTime() + 25 * 60_000).toISOString();
    const redis = worker.get<Redis>(REDIS);
    await redis.set(
      `${t.config.QUEUE_PREFIX}:live:eta:${booking}`,
      JSON.stringify([{ bookingId: booking, kind: 'PICKUP', etaSeconds: 1500, at: late }]),
      'EX',
      120,
    );
    await move(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: new Date(testNow().getTime() + 5 * 60_000),
    });
    await eventually(async () => (await received('+77015550016')).length === 1);
    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    await handlers[JobName.ScanArrivals]!({}, ctx);
    expect((await rows(booking)).filter((r) => r.kind === 'VEHICLE_ARRIVING')).toEqual([]);
    // The ping's alert, once its ETA is due: the minutes the page's ETA says.
    const eta = new Date(testNow().getTime() + 8 * 60_000 + 20_000).toISOString();
    expect(await handlers[JobName.NotifyVehicleArriving]!({ bookingId: booking, etaAt: eta }, ctx)).toEqual({
      created: 2,
    });
    const alert = await eventually(async () =>
      (await received('+77015550016')).find((m) => m.text.includes('машина через')),
    );
    expect(alert.text).toBe('Инватакси: 17:00, Respublika 2: машина через 8 мин.');
    await redis.del(`${t.config.QUEUE_PREFIX}:live:eta:${booking}`);
  });

  it('re-sends a message whose delivery job Redis lost, from PostgreSQL', async () => {
    const b = await rider({ language: 'en', phone: null, notifyGuardians: false });
    const booking = await acceptedBooking(b, '18:00', '18:30', 'Respublika 2');
    // A stored in-app message that never got its job (as after Redis lost everything).
    const [n] = (await ds.query(
      `INSERT INTO notification (dedup_key, booking_id, beneficiary_id, channel, kind, language, text, status, send_after)
       VALUES ($1, $2, $3, 'IN_APP', 'BOOKING_ACCEPTED', 'en', 'Invataxi: test', 'PENDING', now() - interval '5 minutes')
       RETURNING id`,
      [`${booking}.lost.BOOKING_ACCEPTED.r.${b}.IN_APP`, booking, b],
    )) as { id: string }[];
    const { enqueued } = await worker.get(Sweeper).sweep();
    expect(enqueued).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const [row] = (await ds.query(`SELECT status FROM notification WHERE id = $1`, [n!.id])) as {
        status: string;
      }[];
      return row!.status === 'DELIVERED';
    });
  });

  // ---- issue 18: messages that name the ride, one per change, agree with the page ----

  /** A booking of tomorrow in any status, with its anchor, time and window, or a return leg. */
  async function bookingOf(
    beneficiaryId: string,
    o: {
      status?: BookingStatus;
      anchor?: 'PICKUP' | 'DROPOFF';
      time: string;
      window: [string, string];
      pickup: string;
      dropoff: string;
      returnOf?: string;
    },
  ): Promise<string> {
    const day = tomorrow();
    const [b] = (await ds.query(
      `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
         load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
         max_ride_seconds, direct_seconds, direct_metres, return_of_booking_id, version)
       VALUES ($1, 'APP', $2, $3, 51.1, 71.4, $4, $5, 51.2, 71.5, $4, $6, $7, 'MEDICAL', '{}', 1, 0,
         $8, $9, $10, $9, $10::timestamptz + interval '1 hour', 3600, 900, 8000, $11, 1) RETURNING id`,
      [
        beneficiaryId,
        ASTANA,
        o.pickup,
        DISTRICT,
        o.dropoff,
        o.anchor ?? 'PICKUP',
        localDateTimeToUtc(day, o.time),
        o.status ?? 'ACCEPTED',
        localDateTimeToUtc(day, o.window[0]),
        localDateTimeToUtc(day, o.window[1]),
        o.returnOf ?? null,
      ],
    )) as { id: string }[];
    return b!.id;
  }

  /** 'HH:MM' plus minutes. */
  const plus = (hhmm: string, min: number): string => {
    const t = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) + min;
    return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  };

  /** A ride from home to `place` at `there` and back at `back` (windows of ±15 min). */
  async function thereAndBack(
    b: string,
    o: { there: string; back: string; home: string; place: string; linked: boolean },
  ): Promise<[string, string]> {
    const there = await rideAt(b, o.there, o.home, o.place);
    return [there, await rideAt(b, o.back, o.place, 'ул. Кенесары 40', o.linked ? there : undefined)];
  }

  /** A ride at `time` (window ±15 min), by default from home to the dialysis centre. */
  const rideAt = (
    b: string,
    time: string,
    pickup = 'ул. Кенесары 40',
    dropoff = 'Центр диализа',
    returnOf?: string,
  ): Promise<string> =>
    bookingOf(b, {
      time,
      window: [plus(time, -15), plus(time, 15)],
      pickup,
      dropoff,
      ...(returnOf ? { returnOf } : {}),
    });

  it("tells the rider a no-show dispute's decision (issue 23): upheld, it is forgiven; rejected, why in their language (the decider's note stays in the app)", async () => {
    const officer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ASTANA };
    const noShow = async (language: 'kk' | 'ru' | 'en', phone: string) => {
      const b = await rider({ language, phone, notifyGuardians: false });
      const booking = await acceptedBooking(b, '10:00', '10:30', 'ул. Абая 10');
      await schedule(booking);
      for (const to of ['EN_ROUTE', 'ARRIVED', 'NO_SHOW'] as const) await move(booking, to);
      // the rider disputed it (POST /bookings/:id/no-show-dispute, tested with the API's rules)
      await ds.query(
        `UPDATE booking SET no_show_disputed_at = now(), no_show_dispute_text = 'I was at the door' WHERE id = $1`,
        [booking],
      );
      return booking;
    };
    const decided = (booking: string, kind: string) =>
      eventually(async () => {
        const r = (await rows(booking)).filter((x) => x.kind === kind);
        return r.length === 2 ? r : undefined;
      });

    const rejectedRide = await noShow('ru', '8 701 555 23 41');
    // a rejection names its reason; "another reason" needs the decider's words
    const noReason = await http('POST', `/bookings/${rejectedRide}/no-show-dispute/decision`, officer, {
      upheld: false,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const noNote = await http('POST', `/bookings/${rejectedRide}/no-show-dispute/decision`, officer, {
      upheld: false,
      reason: 'DISPUTE_OTHER',
    });
    expect(noNote.statusCode).toBe(400);
    expect(new Set(noNote.json().errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
    const rejected = await http('POST', `/bookings/${rejectedRide}/no-show-dispute/decision`, officer, {
      upheld: false,
      reason: 'DISPUTE_EVIDENCE_CONFIRMS',
      note: 'The car stood at entrance 2 for 7 minutes.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().noShow).toMatchObject({
      decision: 'REJECTED',
      decisionReason: 'DISPUTE_EVIDENCE_CONFIRMS',
      decisionNote: 'The car stood at entrance 2 for 7 minutes.',
    });
    const told = await decided(rejectedRide, 'NO_SHOW_DISPUTE_REJECTED');
    expect(told.map((r) => r.channel).sort()).toEqual(['IN_APP', 'SMS']);
    expect(told[0]!.text).toBe(
      `Инватакси: оспаривание неявки ${ddmm(tomorrow())} 10:00, ул. Абая 10 → Clinic отклонено: по данным о местоположении машина ждала по адресу. Неявка засчитана.`,
    );
    const sms = await eventually(async () => {
      const got = (await received('+77015552341')).filter((m) => m.text.includes('отклонено'));
      return got.length > 0 ? got : undefined;
    });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).not.toContain('entrance 2');

    const upheldRide = await noShow('kk', '8 701 555 23 42');
    const upheld = await http('POST', `/bookings/${upheldRide}/no-show-dispute/decision`, officer, {
      upheld: true,
    });
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json().noShowForgivenAt).toBeTruthy();
    const toldKk = await decided(upheldRide, 'NO_SHOW_DISPUTE_UPHELD');
    expect(toldKk[0]!.text).toBe(
      `Инватакси: ${ddmm(tomorrow())} 10:00, ул. Абая 10 → Clinic сапары бойынша шағымыңыз қанағаттандырылды: келмеу есептелмейді.`,
    );
    // a dispute is decided once: a second decision is refused and nothing more is sent
    const again = await http('POST', `/bookings/${upheldRide}/no-show-dispute/decision`, officer, {
      upheld: false,
      reason: 'DISPUTE_NOT_AT_ADDRESS',
    });
    expect(again.json().code).toBe('NO_SHOW_DISPUTE_DECIDED');
    expect((await rows(upheldRide)).filter((x) => x.kind.startsWith('NO_SHOW_DISPUTE'))).toHaveLength(2);
  });

  it('names the ride in each message: two rides of one day are told apart (date, time, from -> to)', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550011', notifyGuardians: false });
    const d = ddmm(tomorrow());
    const [morning, evening] = await thereAndBack(b, {
      there: '09:00',
      back: '15:00',
      home: 'г. Астана, ул. Кенесары 40, кв. 12',
      place: 'Центр диализа',
      linked: false,
    });
    await move(morning, 'WAITLISTED');
    await move(evening, 'WAITLISTED');
    const texts = await eventually(async () => {
      const got = (await received('+77015550011')).map((m) => m.text).sort();
      return got.length === 2 ? got : undefined;
    });
    expect(texts).toEqual([
      `Инватакси: на поездку ${d} 09:00, ул. Кенесары 40 → Центр диализа пока нет машины. Вы в листе ожидания.`,
      `Инватакси: на поездку ${d} 15:00, Центр диализа → ул. Кенесары 40 пока нет машины. Вы в листе ожидания.`,
    ]);
    // No name, no flat number: the ride's facts only.
    expect(texts.join(' ')).not.toMatch(/Айгүл|кв\. 12/);
    // The texts are in the notification rows only: job payloads and audit rows carry ids.
    const leaks = (await ds.query(
      `SELECT 'outbox' AS at FROM outbox WHERE payload::text LIKE '%Кенесары%' OR payload::text LIKE '%диализ%'
       UNION ALL SELECT 'audit' FROM audit_log WHERE entity_id = ANY($1::text[])
         AND (coalesce(after::text, '') LIKE '%Кенесары%' OR coalesce(after::text, '') LIKE '%диализ%')`,
      [[morning, evening]],
    )) as { at: string }[];
    expect(leaks).toEqual([]);
  });

  it("stamps a message with the clock's time, and one about a ride long past is not new (t22 finding 7)", async () => {
    const b = await rider({ language: 'ru', phone: '+77015550049', notifyGuardians: false });
    // A demo's history: the dispatcher's clock reads an evening ten days ago when the ride is planned.
    const past = addDaysToLocalDate(localDateOf(testNow()), -10);
    const eve = localDateTimeToUtc(addDaysToLocalDate(past, -1), '20:30');
    const stamped = await atInstant(worker, eve, async () => {
      const booking = await acceptedBooking(b, '09:00', '09:30', 'ул. Кенесары 40', past);
      await schedule(booking);
      return eventually(async () => {
        const r = (await ds.query(
          `SELECT channel, created_at AS "createdAt", sent_at AS "sentAt" FROM notification WHERE booking_id = $1`,
          [booking],
        )) as { channel: string; createdAt: Date; sentAt: Date | null }[];
        return r.length === 2 && r.every((x) => x.sentAt) ? r : undefined;
      });
    });
    for (const r of stamped) {
      expect(Math.abs(r.createdAt.getTime() - eve.getTime())).toBeLessThan(60_000);
      expect(Math.abs(r.sentAt!.getTime() - eve.getTime())).toBeLessThan(60_000);
    }
    // Today the rider sees it with its own time, already read: not one of the "new messages".
    const me = riderPrincipal(b);
    const mine = (await http('GET', '/notifications/mine', me)).json() as {
      createdAt: string;
      readAt: string | null;
    }[];
    expect(mine).toHaveLength(1);
    expect(localDateOf(new Date(mine[0]!.createdAt))).toBe(addDaysToLocalDate(past, -1));
    expect(mine[0]!.readAt).not.toBeNull();
    expect((await http('GET', '/notifications/mine?unread=true', me)).json()).toEqual([]);
  });

  it('tells the planned pickup the page shows, not the start of the window ("from 07:28" vs "08:18")', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550012', notifyGuardians: false });
    // "Get me there by 09:00": the pickup window opens long before the vehicle is planned.
    const booking = await bookingOf(b, {
      anchor: 'DROPOFF',
      time: '09:00',
      window: ['07:28', '08:40'],
      pickup: 'ул. Кенесары 40',
      dropoff: 'Центр диализа',
    });
    await move(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: localDateTimeToUtc(tomorrow(), '08:18'),
      plannedDropoffAt: localDateTimeToUtc(tomorrow(), '08:50'),
    });
    const [sms] = await eventually(async () => {
      const got = await received('+77015550012');
      return got.length > 0 ? got : undefined;
    });
    expect(sms!.text).toBe(
      `Инватакси: поездка ${ddmm(tomorrow())}, прибытие к 09:00, ул. Кенесары 40 → Центр диализа: машина придёт около 08:18.`,
    );
    expect(sms!.text).not.toContain('07:28');
    // The rider's page (My rides) shows the booking's planned pickup: the same time.
    const mine = await http('GET', '/bookings/mine', riderPrincipal(b));
    expect(mine.statusCode).toBe(200);
    const view = (mine.json() as { items: { id: string; plannedPickupAt: string }[] }).items.find(
      (r) => r.id === booking,
    )!;
    expect(localTimeOf(new Date(view.plannedPickupAt))).toBe('08:18');
  });

  it('sends one "driver waiting" per arrival: a later version in the same status, swept again, and a guardian on the same phone add none', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550013', notifyGuardians: true });
    const g = await guardian(b, 'ru', '8 701 555 00 13');
    const booking = await rideAt(b, '10:00');
    await schedule(booking);
    await move(booking, 'EN_ROUTE');
    const arrived = await move(booking, 'ARRIVED', DISPATCHER, { arrivedAt: testNow() });
    const waiting = (): Promise<ReceivedSms[]> =>
      received('+77015550013').then((all) => all.filter((m) => m.text.includes('машина ждёт вас')));
    await eventually(async () => (await waiting()).length === 1);
    // Writes that move the version but not the status (a manual move, a forgiven no-show), then
    // long enough ago for the sweeper to take the version for one whose job Redis lost.
    for (let i = 1; i <= 3; i++) {
      await ds.query(
        `UPDATE booking SET version = version + 1, updated_at = now() - interval '10 minutes' WHERE id = $1`,
        [booking],
      );
      await worker.get(Sweeper).sweep();
      const queue = worker.get(QueueProducer).queue(QueueName.Notifications);
      const id = `${JobName.NotifyBookingStatus}.${booking}.v${arrived + i}`;
      // Read again once completed: a job fetched before it finished keeps returnvalue null
      // (CI, 8 Dec: fetched, then completed before isCompleted() was asked).
      const job = await eventually(async () => {
        const j = await queue.getJob(id);
        return j && (await j.isCompleted()) ? queue.getJob(id) : undefined;
      });
      expect(job.returnvalue).toEqual({ kind: 'DRIVER_ARRIVED', created: 0 });
    }
    await new Promise((r) => setTimeout(r, 300));
    const texts = (await waiting()).map((m) => m.text);
    expect(texts).toEqual(['Инватакси: 10:00, ул. Кенесары 40: машина ждёт вас.']);
    const rowsOf = (await rows(booking)).filter((r) => r.kind === 'DRIVER_ARRIVED');
    // The rider: in-app and SMS; the guardian: in-app only, their phone is the rider's.
    expect(rowsOf.map((r) => `${r.recipient_user_id ? 'guardian' : 'rider'}.${r.channel}`).sort()).toEqual([
      'guardian.IN_APP',
      'rider.IN_APP',
      'rider.SMS',
    ]);
    expect(rowsOf.find((r) => r.recipient_user_id)?.recipient_user_id).toBe(g);
  });

  it("still tells a dispatcher's reassignment (same status, new vehicle and time) once", async () => {
    const b = await rider({ language: 'ru', phone: '+77015550017', notifyGuardians: false });
    const booking = await rideAt(b, '12:00');
    await schedule(booking);
    await eventually(async () => (await received('+77015550017')).length === 1);
    // As AssignmentService.reassign writes it: the version moves, the status stays, the audit row
    // says booking.reassigned, and the fan-out enqueues the status job of the new version.
    const [row] = (await ds.query(
      `UPDATE booking SET planned_pickup_at = $2, version = version + 1 WHERE id = $1 RETURNING version`,
      [booking, localDateTimeToUtc(tomorrow(), '12:05')],
    )) as [{ version: number }[], number];
    const version = row[0]!.version;
    await ds.query(
      `INSERT INTO audit_log (actor_role, action, entity_type, entity_id, after)
       VALUES ('DISPATCHER', 'booking.reassigned', 'booking', $1, $2::jsonb)`,
      [booking, JSON.stringify({ version })],
    );
    await worker
      .get(QueueProducer)
      .ensure([bookingNotifyMessage({ id: booking, version, status: 'SCHEDULED' })]);
    const sms = await eventually(async () => {
      const got = await received('+77015550017');
      return got.length === 2 ? got : undefined;
    });
    expect(sms[1]!.text).toBe(
      `Инватакси: поездка ${ddmm(tomorrow())} 12:00, ул. Кенесары 40 → Центр диализа: машина придёт около 12:05.`,
    );
  });

  it('tells the rider plainly when the ride there waits while the return has a vehicle, and the other way round', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550014', notifyGuardians: false });
    const d = ddmm(tomorrow());
    const home = 'ул. Кенесары 40';
    const [there, back] = await thereAndBack(b, {
      there: '09:00',
      back: '14:00',
      home,
      place: 'Центр диализа',
      linked: true,
    });
    await schedule(back);
    await eventually(async () => (await received('+77015550014')).length === 1);
    await move(there, 'WAITLISTED');
    const plain = await eventually(async () =>
      (await received('+77015550014')).find((m) => m.text.includes('Обратно')),
    );
    expect(plain.text).toBe(
      `Инватакси: туда (${d} 09:00, ул. Кенесары 40 → Центр диализа) машины пока нет. Обратно (14:00) машина есть.`,
    );
    // The other way round: a second pair, the ride there scheduled while its return waits.
    const [there2, back2] = await thereAndBack(b, {
      there: '11:00',
      back: '16:00',
      home,
      place: 'Поликлиника',
      linked: true,
    });
    await move(back2, 'WAITLISTED');
    await eventually(async () =>
      (await rows(back2)).some((r) => r.channel === 'SMS' && r.status !== 'PENDING'),
    );
    await schedule(there2);
    const set = await eventually(async () =>
      (await received('+77015550014')).find((m) => m.text.includes('Обратно (16:00)')),
    );
    expect(set.text).toBe(
      `Инватакси: туда (${d} 11:00, ул. Кенесары 40 → Поликлиника) машина около 10:45. Обратно (16:00) машины пока нет.`,
    );
  });

  it("wakes the rider's page on every change of their rides (stream event `booking`), for the rider and a guardian's ward only", async () => {
    const b = await rider({ language: 'en', phone: null, notifyGuardians: false });
    const g = await guardian(b, 'en', '+77025550015');
    const booking = await acceptedBooking(b, '12:00', '12:30', 'Respublika 2');
    for (const who of [riderPrincipal(b), { userId: g, role: 'GUARDIAN' } as Principal]) {
      const events: string[] = [];
      const stream = await openStream(who, (c) => events.push(c), `?beneficiaryId=${b}`);
      try {
        const version = await move(
          booking,
          who.role === 'GUARDIAN' ? 'SCHEDULED' : 'WAITLISTED',
          DISPATCHER,
          {
            plannedPickupAt: testNow(),
          },
        );
        const event = await eventually(async () =>
          events
            .join('')
            .split('\n\n')
            .find((e) => e.startsWith('event: booking') && e.includes(`"version":${version}`)),
        );
        expect(JSON.parse(event.split('data: ')[1]!)).toEqual({
          type: 'booking',
          bookingId: booking,
          status: who.role === 'GUARDIAN' ? 'SCHEDULED' : 'WAITLISTED',
          version,
        });
      } finally {
        stream.destroy();
      }
    }
    // Someone else's rides are not followed.
    const stranger = await rider({ language: 'en', phone: null });
    await expect(
      openStream(riderPrincipal(b), () => undefined, `?beneficiaryId=${stranger}`),
    ).rejects.toThrow(/403/);
    await expect(
      openStream({ userId: g, role: 'GUARDIAN' }, () => undefined, `?beneficiaryId=${stranger}`),
    ).rejects.toThrow(/403/);
  });

  /** A real HTTP connection to the event stream, as a browser's EventSource makes it. */
  function openStream(who: Principal, onChunk: (s: string) => void, query = ''): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${apiUrl}/notifications/stream${query}`, {
        headers: { authorization: `Bearer ${t.token(who)}`, accept: 'text/event-stream' },
      });
      req.on('response', (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          onChunk(c);
          if (c.includes(': connected')) resolve(res);
        });
      });
      req.on('error', reject);
      req.end();
    });
  }
  it('one notice per change, the latest truth: a new time undone before its messages went is neither texted nor shown on the page (issue 18, walk F5/F11/F19)', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550031', notifyGuardians: false });
    const booking = await rideAt(b, '11:00');
    await schedule(booking);
    await eventually(async () => (await received('+77015550031')).length === 1);
    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    const moveTo = async (hhmm: string) => {
      const at = localDateTimeToUtc(tomorrow(), hhmm);
      await ds.query(`UPDATE booking SET planned_pickup_at = $2 WHERE id = $1`, [booking, at]);
      // As a route write enqueues it (RouteModel.writeRoute, a re-plan's apply and undo).
      await handlers[JobName.NotifyPickupMoved]!(
        { bookingId: booking, plannedPickupAt: at.toISOString() },
        ctx,
      );
    };
    const moved = async () => (await rows(booking)).filter((r) => r.kind === 'PICKUP_TIME_CHANGED');
    // Scheduled at 10:45 (texted, and on the page); a re-plan applied (11:30), then undone (10:45).
    await moveTo('11:30');
    await moveTo('10:45');
    // SMS and in-app messages alike wait a moment (a change undone meanwhile reaches neither the
    // phone nor the page: the page used to be told 11:30 at once, then 10:45 again).
    const waiting = await moved();
    expect(waiting.map((r) => `${r.channel} ${r.status}`).sort()).toEqual([
      'IN_APP PENDING',
      'IN_APP PENDING',
      'SMS PENDING',
      'SMS PENDING',
    ]);
    const listed = async () =>
      ((await http('GET', '/notifications/mine', riderPrincipal(b))).json() as { kind: string }[]).map(
        (m) => m.kind,
      );
    expect(await listed()).toEqual(['BOOKING_SCHEDULED']);
    for (const r of waiting) await handlers[JobName.SendNotification]!({ notificationId: r.id }, ctx);
    // 11:30 was replaced by a later message; 10:45 is what the rider was told last, on both.
    for (const channel of ['SMS', 'IN_APP'])
      expect(
        (await moved()).filter((r) => r.channel === channel).map((r) => `${r.status} ${r.error}`),
      ).toEqual(['SUPPRESSED SUPERSEDED', 'SUPPRESSED ALREADY_TOLD']);
    expect((await received('+77015550031')).map((m) => m.text)).toEqual([
      expect.stringContaining('около 10:45'),
    ]);
    expect(await listed()).toEqual(['BOOKING_SCHEDULED']);

    // A real change later: texted once, with the new time.
    await moveTo('11:40');
    const last = (await moved()).filter((r) => r.channel === 'SMS' && r.status === 'PENDING');
    expect(last).toHaveLength(1);
    await handlers[JobName.SendNotification]!({ notificationId: last[0]!.id }, ctx);
    const texts = await eventually(async () => {
      const got = await received('+77015550031');
      return got.length === 2 && got.map((m) => m.text);
    });
    expect(texts[1]).toContain('11:40');
  });
  it('a later message that never went replaces nothing: a new time still reaches a rider whose reassignment notice was dropped (issue 23 N3)', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550033', notifyGuardians: false });
    const booking = await rideAt(b, '09:00');
    await schedule(booking);
    await eventually(async () => (await received('+77015550033')).length === 1);
    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    // A re-plan moves the pickup to 09:20: its messages settle a moment.
    const at = localDateTimeToUtc(tomorrow(), '09:20');
    await ds.query(`UPDATE booking SET planned_pickup_at = $2 WHERE id = $1`, [booking, at]);
    await handlers[JobName.NotifyPickupMoved]!(
      { bookingId: booking, plannedPickupAt: at.toISOString() },
      ctx,
    );
    const moved = (await rows(booking)).filter((r) => r.kind === 'PICKUP_TIME_CHANGED');
    expect(moved.map((r) => r.status)).toEqual(['PENDING', 'PENDING']);
    // A reassignment's "scheduled" planned after it waits too (a non-urgent SMS held for the
    // morning in quiet hours): its rows, their delivery jobs not due yet.
    const [{ created_at: movedAt }] = (await ds.query(
      `SELECT max(created_at) AS created_at FROM notification WHERE id = ANY($1::uuid[])`,
      [moved.map((r) => r.id)],
    )) as [{ created_at: Date }];
    const later: string[] = [];
    for (const channel of ['IN_APP', 'SMS'] as const) {
      const id = await worker.get(NotificationsRepository).insertPlanned(ds.manager, {
        dedupKey: `${booking}.reassigned-test.BOOKING_SCHEDULED.${channel}`,
        bookingId: booking,
        beneficiaryId: b,
        recipientUserId: null,
        channel,
        kind: 'BOOKING_SCHEDULED',
        language: 'ru',
        text: 'Машина назначена, около 09:20',
        segments: 1,
        sendAfter: new Date(movedAt.getTime() + 3600_000),
        pickupAt: at,
        createdAt: new Date(movedAt.getTime() + 1000),
      });
      later.push(id!);
    }
    // Meanwhile the vehicle set off: "scheduled" is no longer true and will not go; the new
    // time still is (the rider has to know when to come out).
    await move(booking, 'EN_ROUTE', { userId: null, role: 'DRIVER' });
    for (const r of moved) await handlers[JobName.SendNotification]!({ notificationId: r.id }, ctx);
    for (const id of later) await handlers[JobName.SendNotification]!({ notificationId: id }, ctx);
    const all = await rows(booking);
    const told = (status: string) => (['SENT', 'DELIVERED'].includes(status) ? 'told' : status);
    expect(
      all
        .filter((r) => r.kind === 'PICKUP_TIME_CHANGED' || later.includes(r.id))
        .map((r) => `${r.channel} ${r.kind} ${told(r.status)} ${r.error ?? ''}`.trim())
        .sort(),
    ).toEqual([
      'IN_APP BOOKING_SCHEDULED SUPPRESSED RIDE_MOVED_ON',
      'IN_APP PICKUP_TIME_CHANGED told',
      'SMS BOOKING_SCHEDULED SUPPRESSED RIDE_MOVED_ON',
      'SMS PICKUP_TIME_CHANGED told',
    ]);
    const texts = await eventually(async () => {
      const got = await received('+77015550033');
      return got.length === 2 && got.map((m) => m.text);
    });
    expect(texts[1]).toContain('09:20');
  });
  it('a breakdown that places the ride again at once texts the new time only; the same words are not texted twice (walk F19)', async () => {
    const b = await rider({ language: 'ru', phone: '+77015550032', notifyGuardians: false });
    const booking = await rideAt(b, '13:00');
    await schedule(booking);
    await eventually(async () => (await received('+77015550032')).length === 1);
    const handlers = worker.get(JobRegistry).handlers;
    const ctx: JobContext = { jobId: 'test', attempt: 1, progress: async () => undefined };
    const sms = async (kind: string) =>
      (await rows(booking)).filter((r) => r.channel === 'SMS' && r.kind === kind);
    // The vehicle broke down: back to dispatch, then on another vehicle a few seconds later.
    await move(booking, 'ACCEPTED');
    const changed = await eventually(async () => {
      const r = await sms('BOOKING_CHANGED');
      return r.length === 1 && r;
    });
    expect(changed[0]!.status).toBe('PENDING');
    await move(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: localDateTimeToUtc(tomorrow(), '12:55'),
    });
    await eventually(async () => (await received('+77015550032')).length === 2);
    await handlers[JobName.SendNotification]!({ notificationId: changed[0]!.id }, ctx);
    expect((await sms('BOOKING_CHANGED')).map((r) => `${r.status} ${r.error}`)).toEqual([
      'SUPPRESSED RIDE_MOVED_ON',
    ]);
    // A reassignment at the same time (same status, new version): the very same words are not
    // texted again, the page still gets them.
    await ds.query(`UPDATE booking SET version = version + 1 WHERE id = $1`, [booking]);
    const [row] = (await ds.query(`SELECT version FROM booking WHERE id = $1`, [booking])) as {
      version: number;
    }[];
    await ds.query(
      `INSERT INTO audit_log (actor_role, action, entity_type, entity_id, after)
       VALUES ('DISPATCHER', 'booking.reassigned', 'booking', $1, $2::jsonb)`,
      [booking, JSON.stringify({ version: row!.version })],
    );
    await worker
      .get(QueueProducer)
      .ensure([bookingNotifyMessage({ id: booking, version: row!.version, status: 'SCHEDULED' })]);
    const again = await eventually(async () => {
      const r = await sms('BOOKING_SCHEDULED');
      return r.length === 3 && r[2]!.status !== 'PENDING' && r;
    });
    expect(`${again[2]!.status} ${again[2]!.error}`).toBe('SUPPRESSED ALREADY_TOLD');
    const texts = (await received('+77015550032')).map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('12:55');
  });
});
