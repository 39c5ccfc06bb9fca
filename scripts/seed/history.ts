/**
 * The demo's month of history (issue 22): past days of operation played through the platform's
 * own code paths, not inserted rows. For each past day the demo city's people book its rides
 * the evening before (the API, the Portal's signed endpoint), the dispatcher plans them, and the
 * city's drivers follow the plan through the driver API: en route, arrived, on board, completed,
 * no-shows after the wait time, late cancellations, one breakdown a day. The api and the
 * dispatcher run beside it on a movable clock (`clocks`: the demo's worker threads follow one
 * shared OffsetClock, a test's in-process apps are given theirs): the history moves it step by
 * step, as time would have passed. Then the last closed month's billing acts are made
 * and approved. What exists is the marker: a day that already has rides is not built again, so a
 * second start adds nothing (and a start after a few days away fills the days in between).
 */
import type { DataSource } from 'typeorm';
import { signToken } from '@invataxi/auth';
import type { AppConfig } from '@invataxi/config';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  type LocalDate,
  type OffsetClock,
} from '@invataxi/domain';
import { createTravelTimeProvider } from '@invataxi/dispatch';
import { NotificationsRepository } from '@invataxi/persistence';
import { DelayedJobs, JobName, message, QueueName } from '@invataxi/queue';
import { City, CITY_SHARES, type CityCast, type FatedRide } from '../../apps/simulators/src/city/city';
import { seededRandom } from '../../apps/simulators/src/city/rhythm';

export interface HistoryOptions {
  ds: DataSource;
  config: AppConfig;
  apiUrl: string;
  /** The Portal stand-in's prefix, for the Portal's orders; null: none. */
  portalUrl: string | null;
  /** Every clock of the apps serving apiUrl (they move together), the city's first. */
  clocks: OffsetClock[];
  cast: CityCast & { leadMinutes: number };
  /** Up to when to play: the live city's "now"; the days before it, back `days` days. */
  until: Date;
  /**
   * The live city's clock, read when the history hands its waiting messages over (it has run on
   * while the history played); default: `until` plus the real time since the history started.
   */
  liveNow?: () => Date;
  days: number;
  /** Rides asked for each day (the requests; a return trip adds a ride). */
  requestsPerDay: (day: LocalDate) => number;
  /**
   * The no-show story (issue 23): named riders' rides, no-shows by rule (one disputed in the
   * app), booked the evening before each past day from `fromDaysAgo` before `until`'s until one
   * is recorded: a rider with a no-show in the week up to the day has their story (a vehicle
   * that came after the window made it the provider's miss; a later start adds none).
   */
  story?: (FatedRide & { fromDaysAgo: number })[];
  log: (line: string) => void;
}

export interface HistoryResult {
  days: LocalDate[];
  bookings: number;
  billingActs: number;
  ms: number;
}

const STEP_MS = 60_000;
/**
 * The history delivers its due messages every this many steps (minutes of its clock): each is
 * sent at most this late in the history's time. Every 5 minutes made the first start 13 s longer
 * (history 115 s against 102 s, two runs each, alternating, quiet machine), over the two minutes
 * a first start may take.
 */
const NOTICE_EVERY_STEPS = 10;

/** The past days (and today) without any ride yet: the ones to build. */
export async function daysToBuild(ds: DataSource, until: Date, days: number): Promise<LocalDate[]> {
  const today = localDateOf(until);
  const out: LocalDate[] = [];
  for (let i = days; i >= 0; i--) {
    const day = addDaysToLocalDate(today, -i);
    const rows: unknown[] = await ds.query(
      `SELECT 1 FROM booking WHERE pickup_earliest >= $1 AND pickup_earliest < $2 LIMIT 1`,
      [localDateTimeToUtc(day, '00:00'), localDateTimeToUtc(addDaysToLocalDate(day, 1), '00:00')],
    );
    if (rows.length === 0) out.push(day);
  }
  return out;
}

/** Whether the rider has a no-show on a day in the week up to `day` (their story is already told). */
async function hadNoShowThatWeek(ds: DataSource, beneficiaryId: string, day: LocalDate): Promise<boolean> {
  const rows: unknown[] = await ds.query(
    `SELECT 1 FROM booking WHERE beneficiary_id = $1 AND status = 'NO_SHOW'
        AND pickup_earliest >= $2 AND pickup_earliest < $3 LIMIT 1`,
    [
      beneficiaryId,
      localDateTimeToUtc(addDaysToLocalDate(day, -7), '00:00'),
      localDateTimeToUtc(addDaysToLocalDate(day, 1), '00:00'),
    ],
  );
  return rows.length > 0;
}

/** Waits until the dispatcher has decided every ride it was given (none left REQUESTED or ACCEPTED). */
async function settled(ds: DataSource, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = (await ds.query(
      `SELECT count(*)::int AS n FROM booking WHERE status IN ('REQUESTED', 'ACCEPTED')`,
    )) as { n: number }[];
    if (!row || row.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The history's messages settle in the past they belong to (walk h3 finding 2). The platform
 * plans each message on the moved clock and hands its delivery to a BullMQ job delayed in real
 * milliseconds (the settle time, the quiet hours until 08:00): played in seconds, a day's
 * messages were sent hours of the history's time late, and those held for a morning waited the
 * real hours and reached the SMS stand-in once the live city ran ("your ride is scheduled" about
 * a ride of last month). As the history moves its clock, it promotes the delivery jobs due by
 * it (the queue's own operation: the processor still decides, sends or drops a message about a
 * ride that has moved on) and waits for the notifications queue to be idle before time goes
 * on; at the end, each message still waiting gets its delay counted from the live city's now.
 */
export class HistoryNotices {
  private constructor(
    private readonly repo: NotificationsRepository,
    private readonly jobs: DelayedJobs,
  ) {}

  static open(o: Pick<HistoryOptions, 'ds' | 'config'>): HistoryNotices {
    return new HistoryNotices(
      new NotificationsRepository(o.ds),
      DelayedJobs.open(o.config.REDIS_URL, o.config.QUEUE_PREFIX),
    );
  }

  /**
   * Sends what is due by `now` (the moved clock): the due delivery jobs promoted, and waited for
   * (at most `timeoutMs`) until none due is left and, with `wait`, the notifications queue is
   * idle (the messages being planned go out before the clock moves on; without it they lagged
   * half an hour of the history's time behind it).
   */
  async settle(now: Date, wait = true, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const due = await this.repo.pendingSendTimes(now);
      if (due.length > 0) await this.jobs.retime(due.map((n) => ({ message: sendJob(n.id), dueInMs: 0 })));
      if (due.length === 0 && (!wait || (await this.jobs.busy(QueueName.Notifications)) === 0)) return;
      if (Date.now() > deadline) return;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /**
   * The evening's messages, before the history jumps to the next morning: delivers what is due,
   * then moves the clock on to the next send time within `withinMs` (a message settling, one a
   * re-plan has just planned) and again, until none is due that soon; those left wait for the
   * morning (quiet hours). Returns where the clock was left.
   */
  async settleEvening(from: Date, setAll: (d: Date) => void, withinMs = 15 * 60_000): Promise<Date> {
    let at = from;
    // A minute at least between moves: the messages of a minute go together (each at most a
    // minute late), and a chain of re-plans ends within the hour.
    for (let i = 0; i < 60; i++) {
      await this.settle(at);
      const soon = await this.repo.pendingSendTimes(new Date(at.getTime() + withinMs));
      const next = Math.min(...soon.map((n) => n.sendAfter.getTime()).filter((t) => t > at.getTime()));
      if (!Number.isFinite(next)) break;
      at = new Date(Math.max(next, at.getTime() + 60_000));
      setAll(at);
    }
    return at;
  }

  /**
   * The sweeper's pass at the history's time (`at`, the clock already there): its rules run on a
   * timer of the system's clock, every few history days, so a waitlisted ride whose window had
   * passed expired days late, the last days' at the live start ('your ride has expired' about a
   * ride of the day before yesterday, as new). Run at each played day's end and the history's.
   */
  async sweep(at: Date): Promise<void> {
    await this.jobs.runNow(message(JobName.Sweep, {}, `history.${at.getTime()}`));
  }

  /** The messages still waiting after the history: each due its send time on the live clock. */
  async handOver(liveNow: Date): Promise<void> {
    const waiting = await this.repo.pendingSendTimes(null);
    await this.jobs.retime(
      waiting.map((n) => ({ message: sendJob(n.id), dueInMs: n.sendAfter.getTime() - liveNow.getTime() })),
    );
  }

  close(): Promise<void> {
    return this.jobs.close();
  }
}

const sendJob = (id: string) => message(JobName.SendNotification, { notificationId: id }, id);

/** The city that replays past days on the history's moved clock (drivers, cancellations, breakdowns). */
export function replayCity(o: HistoryOptions, seed: number): City {
  return new City(o.cast, {
    apiUrl: o.apiUrl,
    portalUrl: o.portalUrl,
    jwt: { secret: o.config.JWT_SECRET, issuer: o.config.JWT_ISSUER, ttlSeconds: o.config.JWT_TTL_SECONDS },
    clock: o.clocks[0]!,
    travel: createTravelTimeProvider(o.config),
    random: seededRandom(seed),
    leadMinutes: o.cast.leadMinutes,
    shiftHours: ['07:00', '21:00'],
    ...CITY_SHARES,
    // About one position at each end of a leg and one on the way: the trail, not a stream.
    pingEveryMs: 12 * 60_000,
    mode: 'replay',
    settle: () => settled(o.ds),
    log: o.log,
  });
}

/**
 * A booking's created_at is the moment its request was made (the what-if replay judges each
 * request at it, issue 25), but the booking's insert stamps this process's real time, not the
 * history's moved clock: the evening's bookings get the moved moment of the request that made
 * them (the last one sent before the row was written; a Portal order settles a little later).
 */
async function stampRequestTimes(ds: DataSource, made: readonly { real: Date; at: Date }[]): Promise<void> {
  if (made.length === 0) return;
  await ds.query(
    `UPDATE booking b SET created_at = m.at
       FROM (SELECT b2.id,
                    (SELECT x.at FROM unnest($1::timestamptz[], $2::timestamptz[]) AS x(real, at)
                      WHERE x.real <= b2.created_at ORDER BY x.real DESC LIMIT 1) AS at
               FROM booking b2 WHERE b2.created_at >= $3 AND b2.created_at <= now()) m
      WHERE m.id = b.id AND m.at IS NOT NULL`,
    [made.map((m) => m.real), made.map((m) => m.at), made[0]!.real],
  );
}

/** Plays the given days; `days` from daysToBuild (the caller seeds the city before the first). */
export async function buildHistory(o: HistoryOptions, days: LocalDate[]): Promise<HistoryResult> {
  const started = Date.now();
  const [before] = (await o.ds.query(`SELECT count(*)::int AS n FROM booking`)) as { n: number }[];
  // The same month every time for one database: a rebuilt history looks as the first did.
  const city = replayCity(o, days.length ? Number(days[0]!.replace(/-/g, '')) : 1);
  const notices = HistoryNotices.open(o);
  try {
    return await playAndBill(o, days, city, notices, { started, before: before?.n ?? 0 });
  } finally {
    await notices.close();
  }
}

async function playAndBill(
  o: HistoryOptions,
  days: LocalDate[],
  city: City,
  notices: HistoryNotices,
  at: { started: number; before: number },
): Promise<HistoryResult> {
  const { started } = at;
  const setAll = (d: Date): void => o.clocks.forEach((c) => c.setTo(d));
  const until = o.until.getTime();
  for (const day of days) {
    // The evening before: people book the day's rides, the dispatcher plans them.
    const eve = localDateTimeToUtc(addDaysToLocalDate(day, -1), '20:30');
    if (eve.getTime() >= until) break;
    setAll(eve);
    await city.ensureShifts(day);
    const n = o.requestsPerDay(day);
    const made: { real: Date; at: Date }[] = [];
    for (let i = 0; i < n; i++) {
      const at = new Date(eve.getTime() + i * 20_000);
      setAll(at);
      made.push({ real: new Date(), at });
      await city
        .request(o.clocks[0]!.now())
        .catch((e: unknown) => o.log(`history: a request failed: ${String(e)}`));
    }
    // The story's riders book their ride in the app, after the evening's others.
    const today = localDateOf(o.until);
    for (const ride of o.story ?? []) {
      if (day < addDaysToLocalDate(today, -ride.fromDaysAgo) || day >= today) continue;
      if (await hadNoShowThatWeek(o.ds, ride.rider.beneficiaryId, day)) continue;
      const at = new Date(eve.getTime() + made.length * 20_000);
      setAll(at);
      made.push({ real: new Date(), at });
      await city
        .bookFated(ride, day)
        .catch((e: unknown) => o.log(`history: the story's ride failed: ${String(e)}`));
    }
    await settled(o.ds);
    await stampRequestTimes(o.ds, made);
    // The evening's messages go out that evening, each at its time.
    const told = new Date(eve.getTime() + made.length * 20_000);
    setAll(told);
    await notices.settleEvening(told, setAll);
    // The day itself, a minute at a time, up to the live city's now; its messages as they fall due.
    const end = Math.min(localDateTimeToUtc(day, '21:15').getTime(), until);
    let step = 0;
    for (let t = localDateTimeToUtc(day, '06:45').getTime(); t < end; t += STEP_MS) {
      setAll(new Date(t));
      if (step++ % NOTICE_EVERY_STEPS === 0) await notices.settle(new Date(t));
      await city.tick();
    }
    // The day's last messages go out that evening too, not at the next evening's requests;
    // with them the expiries of its waitlisted rides (the sweeper's pass at the day's end).
    if (end < until) {
      setAll(new Date(end));
      await notices.sweep(new Date(end));
      await notices.settleEvening(new Date(end), setAll);
    }
    o.log(`history: ${day} played (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  setAll(o.until);
  await notices.sweep(o.until);
  await notices.settle(o.until);
  if (days.length) {
    const calls = Object.entries(city.calls).map(
      ([k, v]) => `${k} ${v.n}x ${Math.round(v.ms / Math.max(1, v.n))} ms`,
    );
    o.log(`history: requests made: ${calls.join('; ')}`);
  }
  // The last closed month's billing acts, made and approved by the LEB officer.
  let billingActs = 0;
  if (days.length) {
    const month = addDaysToLocalDate(`${localDateOf(o.until).slice(0, 7)}-01`, -1).slice(0, 7);
    const token = signToken(
      { secret: o.config.JWT_SECRET, issuer: o.config.JWT_ISSUER },
      { userId: o.cast.officerUserId, role: 'LEB_OFFICER', regionKato: o.cast.regionKato },
      o.config.JWT_TTL_SECONDS,
    );
    for (const p of o.cast.providers) {
      const post = async (
        path: string,
        body: unknown,
      ): Promise<{ status: number; body: { id?: string; version?: number } }> => {
        const res = await fetch(`${o.apiUrl}${path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': `history-${path}-${p.providerId}-${month}`,
          },
          body: JSON.stringify(body),
        });
        return {
          status: res.status,
          body: (await res.json().catch(() => ({}))) as { id?: string; version?: number },
        };
      };
      const act = await post('/billing-acts', {
        providerId: p.providerId,
        regionKato: o.cast.regionKato,
        month,
      });
      if (act.status >= 300 || !act.body.id) {
        o.log(`history: no billing act for ${month} (${act.status})`);
        continue;
      }
      const approved = await post(`/billing-acts/${act.body.id}/approve`, { version: act.body.version });
      if (approved.status < 300) billingActs++;
    }
  }
  await notices.handOver(o.liveNow?.() ?? new Date(until + Date.now() - started));
  const [after] = (await o.ds.query(`SELECT count(*)::int AS n FROM booking`)) as { n: number }[];
  return {
    days,
    bookings: (after?.n ?? 0) - at.before,
    billingActs,
    ms: Date.now() - started,
  };
}
