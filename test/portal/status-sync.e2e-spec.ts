import { type DataSource } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';
import {
  createDataSource,
  PortalSyncRepository,
  SYSTEM_ACTOR,
  transact,
  transitionBooking,
} from '@invataxi/persistence';
import type { PortalStatusUpdate } from '@invataxi/portal';
import { PortalStatusProcessor } from '../../apps/dispatcher/src/portal/portal-status.processor';
import { Fixtures } from '../dispatch/fixtures';
import { eventually } from '../support/test-env';
import { startPortalStack, type PortalStack, type SentOrder } from './portal-stack';

/** What the stand-in recorded of a status update (it files what we sent, and whether it took it). */
type SimStatus = Omit<PortalStatusUpdate, 'bookingId' | 'changedAt'> & { accepted: boolean };

const ASTANA = '710000000';

const RIDE: BookingStatus[] = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED'];

describe('portal outbound: every status of a Portal booking reaches the Portal, in order', () => {
  let s: PortalStack;
  let ds: DataSource;

  beforeAll(async () => {
    s = await startPortalStack();
    ds = await createDataSource({ url: s.t.config.DATABASE_URL, poolSize: 3 }).initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await s?.close();
  });

  async function move(bookingId: string, to: BookingStatus): Promise<void> {
    await transact(ds, SYSTEM_ACTOR, (uow) =>
      transitionBooking(uow, { bookingId, to, expectedVersion: null }),
    );
  }

  it('goes through a period when the Portal answers 503, then delivers the whole history in version order', async () => {
    await s.control('POST', '/mode', { failStatus: 503 });
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 0 });
    expect(sent.responses[0]?.status).toBe(201);
    const bookingId = String(sent.responses[0]?.body.bookingId);
    for (const to of RIDE) await move(bookingId, to);
    // The Portal is down: calls are made and answered 503, nothing is acknowledged.
    await eventually(async () => {
      const log = await s.control<{ requests: { path: string; answered: number }[] }>('GET', '/requests');
      return log.requests.filter((r) => r.path.includes(sent.orderId) && r.answered === 503).length >= 2;
    }, 20000);
    const lag = await ds.query('SELECT last_sent_version FROM portal_sync_state WHERE booking_id = $1', [
      bookingId,
    ]);
    expect(lag[0]?.last_sent_version ?? 0).toBe(0);
    expect(await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).toEqual([]);

    await s.control('POST', '/mode', {});
    const finalVersion = Number(
      (await ds.query('SELECT version FROM booking WHERE id = $1', [bookingId]))[0].version,
    );
    const received = await eventually(async () => {
      const got = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return got.some((x) => x.version === finalVersion) ? got : undefined;
    }, 45000);
    const accepted = received.filter((x) => x.accepted);
    // Every version once, oldest first: the Portal never had to drop a stale one.
    expect(accepted.map((x) => x.version)).toEqual(Array.from({ length: finalVersion }, (_, i) => i + 1));
    expect(received.every((x) => x.accepted)).toBe(true);
    expect(accepted.map((x) => x.status)).toEqual(['REQUESTED', 'ACCEPTED', ...RIDE]);
    // The acknowledgement is committed once the run's last send returns.
    const state = await eventually(async () => {
      const rows = await ds.query(
        'SELECT last_sent_version, last_sent_status FROM portal_sync_state WHERE booking_id = $1',
        [bookingId],
      );
      return rows[0]?.last_sent_version === finalVersion ? rows[0] : undefined;
    });
    expect(state).toEqual({ last_sent_version: finalVersion, last_sent_status: 'COMPLETED' });
  }, 90000);

  it('a Portal slower than our timeout: the call is retried, the duplicate it causes is dropped by version, order holds', async () => {
    // 2.5 s answers against PORTAL_TIMEOUT_MS = 2 s: the Portal records the update, we never hear back.
    await s.control('POST', '/mode', { delayMs: 2500 });
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 3 });
    const bookingId = String(sent.responses[0]?.body.bookingId);
    await eventually(async () => {
      const got = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return got.length >= 1;
    }, 20000);
    await s.control('POST', '/mode', {});
    await move(bookingId, 'SCHEDULED');
    const got = await eventually(async () => {
      const all = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return all.some((x) => x.version === 3 && x.accepted) ? all : undefined;
    }, 30000);
    expect(got.filter((x) => x.accepted).map((x) => x.version)).toEqual([1, 2, 3]);
    // The copies sent again after a timeout reached the Portal as stale duplicates, nothing else.
    expect(got.filter((x) => !x.accepted).every((x) => x.version <= 2)).toBe(true);
    await eventually(async () => {
      const rows = await ds.query('SELECT last_sent_version FROM portal_sync_state WHERE booking_id = $1', [
        bookingId,
      ]);
      return rows[0]?.last_sent_version === 3;
    });
  }, 60000);

  it('skips an older version that arrives after a newer one was acknowledged', async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 1 });
    const bookingId = String(sent.responses[0]?.body.bookingId);
    await move(bookingId, 'SCHEDULED');
    await eventually(async () => {
      const got = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return got.some((x) => x.version === 3);
    });
    const before = (await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).length;
    const processor = s.worker!.get(PortalStatusProcessor);
    expect(await processor.sync({ bookingId, version: 2 })).toEqual({ sent: [] });
    expect(await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).toHaveLength(before);
  });

  it('a status the Portal refuses for good lands in dead letters; an officer resends it once the cause is fixed', async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 2 });
    const bookingId = String(sent.responses[0]?.body.bookingId);
    await eventually(
      async () => (await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).length >= 2,
    );
    await s.control('POST', '/mode', { failStatus: 400 });
    await move(bookingId, 'CANCELLED');
    const letter = await eventually(async () => {
      const rows = await ds.query(
        `SELECT id, job_name, payload FROM dead_letter WHERE job_name = 'portal.status' AND payload->>'bookingId' = $1`,
        [bookingId],
      );
      return rows[0] as { id: string; job_name: string; payload: { version: number } } | undefined;
    }, 20000);
    expect(letter.payload.version).toBe(3);
    await s.control('POST', '/mode', {});
    const officer = s.t.token({
      userId: '00000000-0000-4000-8000-00000000000a',
      role: 'LEB_OFFICER',
      regionKato: '710000000',
    });
    const f = s.api.getHttpAdapter().getInstance();
    const list = await f.inject({
      method: 'GET',
      url: '/admin/portal/unacknowledged',
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { bookingId: string }[]).map((x) => x.bookingId)).toContain(bookingId);
    const resend = await f.inject({
      method: 'POST',
      url: `/admin/portal/bookings/${bookingId}/resend`,
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(resend.statusCode).toBe(202);
    const got = await eventually(async () => {
      const all = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return all.some((x) => x.status === 'CANCELLED') ? all : undefined;
    });
    expect(got.filter((x) => x.accepted).map((x) => x.version)).toEqual([1, 2, 3]);
    const outsider = s.t.token({
      userId: '00000000-0000-4000-8000-00000000000b',
      role: 'LEB_OFFICER',
      regionKato: '750000000',
    });
    const refused = await f.inject({
      method: 'POST',
      url: `/admin/portal/bookings/${bookingId}/resend`,
      headers: { authorization: `Bearer ${outsider}` },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('every callback carries the reason, the vehicle and driver of its version, the times, the ETA en route and the late-cancellation flag, nothing personal', async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 6 });
    const bookingId = String(sent.responses[0]?.body.bookingId);
    const fx = new Fixtures(ds);
    const provider = await fx.provider([ASTANA], ASTANA);
    const { shiftId } = await fx.shift(provider, { vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true } });
    const [vehicle] = await ds.query(
      'SELECT v.plate FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE s.id = $1',
      [shiftId],
    );
    await eventually(
      async () => (await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).length >= 2,
    );
    // The Portal is down while the ride moves on, so SCHEDULED and EN_ROUTE are sent later as a
    // backlog, behind the latest version.
    await s.control('POST', '/mode', { failStatus: 503 });
    const pickup = new Date(Date.now() + 3_600_000);
    const dropoff = new Date(pickup.getTime() + 1_800_000);
    await transact(ds, SYSTEM_ACTOR, (uow) =>
      transitionBooking(uow, {
        bookingId,
        to: 'SCHEDULED',
        expectedVersion: null,
        patch: { shiftId, plannedPickupAt: pickup, plannedDropoffAt: dropoff },
      }),
    );
    // A neighbour joins the route: the planned times move without a new version (replacePendingStops).
    const later = new Date(pickup.getTime() + 600_000);
    await ds.query('UPDATE booking SET planned_pickup_at = $2 WHERE id = $1', [bookingId, later]);
    await move(bookingId, 'EN_ROUTE');
    await transact(ds, SYSTEM_ACTOR, (uow) =>
      transitionBooking(uow, {
        bookingId,
        to: 'CANCELLED',
        expectedVersion: null,
        reason: 'PORTAL_CANCELLED',
        patch: { lateCancellation: true, cancelledAt: new Date() },
      }),
    );
    await eventually(async () => {
      const log = await s.control<{ requests: { path: string; answered: number }[] }>('GET', '/requests');
      return log.requests.some((r) => r.path.includes(sent.orderId) && r.answered === 503);
    }, 20000);
    await s.control('POST', '/mode', {});
    const got = await eventually(async () => {
      const all = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return all.some((x) => x.status === 'CANCELLED' && x.accepted)
        ? all.filter((x) => x.accepted)
        : undefined;
    }, 45000);
    const at = (status: BookingStatus) => got.find((x) => x.status === status);
    expect(got.map((x) => x.status)).toEqual(['REQUESTED', 'ACCEPTED', 'SCHEDULED', 'EN_ROUTE', 'CANCELLED']);
    const van = { plate: vehicle.plate, model: 'Test van', ramp: true, lift: false, wheelchairPlaces: 1 };
    // Before it was scheduled the ride had no vehicle; from SCHEDULED on, the shift's.
    expect(at('ACCEPTED')).toMatchObject({
      vehicle: null,
      driver: null,
      etaAt: null,
      lateCancellation: false,
    });
    expect(at('SCHEDULED')).toMatchObject({ vehicle: van, driver: { firstName: 'Test' }, etaAt: null });
    expect(at('EN_ROUTE')).toMatchObject({
      vehicle: van,
      etaAt: later.toISOString(),
      lateCancellation: false,
    });
    expect(at('CANCELLED')).toMatchObject({
      reason: 'PORTAL_CANCELLED',
      lateCancellation: true,
      etaAt: null,
    });
    // Every version carries its own times, as they stood then, also when sent late behind newer ones.
    expect(got.map((x) => x.plannedPickupAt)).toEqual([
      null,
      null,
      pickup.toISOString(),
      later.toISOString(),
      later.toISOString(),
    ]);
    expect(got.map((x) => x.plannedDropoffAt)).toEqual([null, null, ...Array(3).fill(dropoff.toISOString())]);
    expect(got.every((x) => x.actualPickupAt === null && x.actualDropoffAt === null)).toBe(true);
    const wire = JSON.stringify(got);
    expect(wire).not.toContain('Test Driver');
    expect(wire).not.toContain('+7700');
    expect(wire).not.toMatch(/iin|fullName|phone/i);
  }, 60000);

  it("a callback refused for good is in the administrators' dead-letter list; retrying it there, once the Portal takes it again, delivers it (audited)", async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 7 });
    const bookingId = String(sent.responses[0]?.body.bookingId);
    await eventually(
      async () => (await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).length >= 2,
    );
    await s.control('POST', '/mode', { failStatus: 422 });
    await move(bookingId, 'CANCELLED');
    const officer = s.t.token({
      userId: '00000000-0000-4000-8000-00000000000c',
      role: 'LEB_OFFICER',
      regionKato: ASTANA,
    });
    const f = s.api.getHttpAdapter().getInstance();
    const listed = async () => {
      const res = await f.inject({
        method: 'GET',
        url: '/admin/dead-letters',
        headers: { authorization: `Bearer ${officer}` },
      });
      expect(res.statusCode).toBe(200);
      return (
        res.json() as { id: string; jobName: string; payload: { bookingId?: string; version?: number } }[]
      ).filter((d) => d.jobName === 'portal.status' && d.payload.bookingId === bookingId);
    };
    // Refused (4xx): no retries are spent on it, it is a dead letter at once.
    const [letter] = await eventually(async () => {
      const rows = await listed();
      return rows.length > 0 ? rows : undefined;
    }, 20000);
    expect(letter?.payload.version).toBe(3);
    // The sweeper leaves it to the administrator: resending unchanged would be refused again.
    const unacknowledged = await s
      .worker!.get(PortalSyncRepository)
      .findUnacknowledged(new Date(Date.now() + 60_000));
    expect(unacknowledged.map((b) => b.id)).not.toContain(bookingId);
    expect(
      (await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`)).some(
        (x) => x.accepted && x.version === 3,
      ),
    ).toBe(false);

    const provider = s.t.token({
      userId: '00000000-0000-4000-8000-00000000000d',
      role: 'PROVIDER_ADMIN',
      regionKato: ASTANA,
    });
    const denied = await f.inject({
      method: 'POST',
      url: `/admin/dead-letters/${letter?.id}/retry`,
      headers: { authorization: `Bearer ${provider}` },
    });
    expect(denied.statusCode).toBe(403);

    await s.control('POST', '/mode', {});
    const retried = await f.inject({
      method: 'POST',
      url: `/admin/dead-letters/${letter?.id}/retry`,
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(retried.statusCode).toBe(202);
    const got = await eventually(async () => {
      const all = await s.control<SimStatus[]>('GET', `/statuses?orderId=${sent.orderId}`);
      return all.some((x) => x.status === 'CANCELLED' && x.accepted) ? all : undefined;
    });
    expect(got.filter((x) => x.accepted).map((x) => x.version)).toEqual([1, 2, 3]);
    expect(await listed()).toEqual([]);
    const audit = await ds.query(
      `SELECT actor_user_id, actor_role FROM audit_log WHERE action = 'dead_letter.retry' AND entity_id = $1`,
      [letter?.id],
    );
    expect(audit).toEqual([
      { actor_user_id: '00000000-0000-4000-8000-00000000000c', actor_role: 'LEB_OFFICER' },
    ]);
    // Retried twice is refused: the letter is closed.
    const again = await f.inject({
      method: 'POST',
      url: `/admin/dead-letters/${letter?.id}/retry`,
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(again.statusCode).toBe(404);
  });
});
