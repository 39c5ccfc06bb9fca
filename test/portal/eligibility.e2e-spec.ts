import { type DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { syntheticPopulation, type SimPerson } from '../../apps/simulators/src/portal/population';
import { Sweeper } from '../../apps/dispatcher/src/maintenance/sweeper';
import { eventually } from '../support/test-env';
import { startPortalStack, type PortalStack } from './portal-stack';
import { testNow } from '../support/clock';

interface BookingAnswer {
  bookings: { id: string; status: string; statusReason: string | null; version: number }[];
}

const maskOf = (iin: string) => `${iin.slice(0, 4)}******${iin.slice(10)}`;

/** Next Monday-to-Friday at least two days on, 11:00 local (UTC+5): inside default service hours. */
function weekdayAt11(): string {
  const d = new Date(testNow().getTime() + 2 * 86_400_000);
  while ([0, 6].includes(new Date(d.getTime() + 5 * 3_600_000).getUTCDay()))
    d.setTime(d.getTime() + 86_400_000);
  return `${new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 10)}T06:00:00.000Z`;
}

describe('eligibility from the Portal when a rider books directly', () => {
  let s: PortalStack;
  let ds: DataSource;
  // The stand-in's own synthetic people: the same IINs the simulated Portal knows.
  const people = syntheticPopulation(12);
  const officer = () =>
    s.t.token({
      userId: '00000000-0000-4000-8000-0000000000c1',
      role: 'LEB_OFFICER',
      regionKato: '710000000',
    });

  const inject = async <T>(method: 'GET' | 'POST', url: string, token: string, payload?: object) => {
    const r = await s.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    return { status: r.statusCode, body: r.json() as T };
  };

  /** Registered locally by the LEB officer with a category the national defaults do not cover. */
  async function register(p: SimPerson, category?: string): Promise<string> {
    const r = await inject<{ id: string }>('POST', '/beneficiaries', officer(), {
      iin: p.iin,
      fullName: p.fullName,
      residence: p.residence,
      disabilityCategory: category ?? (p.category.startsWith('CHILD') ? p.category : 'ADULT_GROUP_3'),
      mobility: { wheelchair: 'NONE' },
    });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  /** `laterHours`: the ride that many hours after 11:00 (a second ride of the person that day). */
  async function book(beneficiaryId: string, laterHours = 0) {
    const rider = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000c2',
      role: 'BENEFICIARY',
      beneficiaryId,
    });
    return inject<BookingAnswer & { reasons?: { code: string }[] }>('POST', '/bookings', rider, {
      beneficiaryId,
      pickup: { address: 'пр. Абая, 10', lat: 51.12, lon: 71.41, kato: '710000000' },
      dropoff: { address: 'ул. Сыганак, 2', lat: 51.128, lon: 71.43, kato: '710000000' },
      timeAnchor: 'PICKUP',
      time: new Date(Date.parse(weekdayAt11()) + laterHours * 3_600_000).toISOString(),
      purpose: 'MEDICAL',
      companions: 0,
    });
  }

  beforeAll(async () => {
    s = await startPortalStack({ overrides: { SWEEPER_STALE_AFTER_MS: '1000' } });
    ds = await createDataSource({ url: s.t.config.DATABASE_URL, poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await s?.close();
  });

  it("takes the Portal's snapshot over the local record, books on it, and caches the answer", async () => {
    const adult = people.findIndex((p) => p.registered && p.category === 'ADULT_GROUP_1');
    const id = await register(people[adult]!);
    const first = await book(id);
    // Locally ADULT_GROUP_3 (not eligible by the national defaults); the Portal says group 1.
    expect(first.status).toBe(201);
    expect(first.body.bookings[0]?.status).toBe('ACCEPTED');
    const row = await ds.query('SELECT disability_category FROM beneficiary WHERE id = $1', [id]);
    expect(row[0].disability_category).toBe('ADULT_GROUP_1');
    const lookups = (await s.control<{ lookups: number }>('GET', '/requests')).lookups;
    const cached = await ds.query(
      'SELECT count(*)::int AS n FROM portal_eligibility WHERE expires_at > now()',
    );
    expect(cached[0].n).toBeGreaterThanOrEqual(1);
    // The second booking is answered from the cache: the Portal is not asked again.
    await s.control('POST', '/mode', { failStatus: 503 });
    const second = await inject<BookingAnswer>(
      'POST',
      '/bookings',
      s.t.token({ userId: '00000000-0000-4000-8000-0000000000c2', role: 'BENEFICIARY', beneficiaryId: id }),
      {
        beneficiaryId: id,
        pickup: { address: 'ул. Кенесары, 5', lat: 51.16, lon: 71.44, kato: '710000000' },
        dropoff: { address: 'пр. Республики, 1', lat: 51.17, lon: 71.42, kato: '710000000' },
        timeAnchor: 'PICKUP',
        time: new Date(Date.parse(weekdayAt11()) + 3 * 3_600_000).toISOString(),
        purpose: 'SOCIAL_SERVICES',
        companions: 0,
      },
    );
    await s.control('POST', '/mode', {});
    expect(second.status).toBe(201);
    expect(second.body.bookings[0]?.status).toBe('ACCEPTED');
    expect((await s.control<{ lookups: number }>('GET', '/requests')).lookups).toBe(lookups);
  });

  it('a person the Portal does not know is judged on their record, not refused for it (one rule)', async () => {
    const unknown = people.findIndex((p) => !p.registered);
    const id = await register(people[unknown]!);
    const r = await book(id);
    expect(r.status).toBe(201);
    expect(r.body.bookings[0]?.status).toBe('ACCEPTED');
    expect(
      (await ds.query('SELECT count(*)::int AS n FROM booking WHERE beneficiary_id = $1', [id]))[0].n,
    ).toBe(1);
  });

  /**
   * While the Portal cannot be asked, the other checks run on the local record (a person it
   * calls ineligible is refused at once, as before); a booking that passes is held.
   */
  async function heldWhilePortalDown(id: string, laterHours = 0): Promise<string> {
    await s.control('POST', '/mode', { failStatus: 503 });
    const r = await book(id, laterHours);
    expect(r.status).toBe(201);
    const held = r.body.bookings[0]!;
    expect(held.status).toBe('REQUESTED');
    expect(held.statusReason).toBe('ELIGIBILITY_PENDING');
    return held.id;
  }

  async function decidedOnceBack(
    bookingId: string,
  ): Promise<{ status: string; status_reason: string | null }> {
    await s.control('POST', '/mode', {});
    await s.worker!.get(Sweeper).sweep();
    return eventually(async () => {
      const row = (await ds.query('SELECT status, status_reason FROM booking WHERE id = $1', [bookingId]))[0];
      return row.status !== 'REQUESTED' ? row : undefined;
    }, 30000);
  }

  it('with the Portal down the booking waits in REQUESTED, is not accepted while it stays down, and is accepted once it answers', async () => {
    const other = people.findIndex((p, i) => p.registered && p.category === 'ADULT_GROUP_2' && i > 0);
    const id = await register(people[other]!, 'ADULT_GROUP_2');
    const held = await heldWhilePortalDown(id);
    // The sweep re-checks it while the Portal is still down: it stays REQUESTED.
    await new Promise((res) => setTimeout(res, 1200));
    await s.worker!.get(Sweeper).sweep();
    await eventually(async () => {
      const log = await s.control<{ requests: { path: string; answered: number }[] }>('GET', '/requests');
      return (
        log.requests.filter((x) => x.path.endsWith('/eligibility/lookup') && x.answered === 503).length >= 3
      );
    });
    expect((await ds.query('SELECT status FROM booking WHERE id = $1', [held]))[0].status).toBe('REQUESTED');
    expect(await decidedOnceBack(held)).toEqual({ status: 'ACCEPTED', status_reason: null });
  }, 60000);

  it('a held booking of a person the Portal does not know is decided on their record once it answers, never accepted on trust', async () => {
    const unknown = people.findIndex((p) => !p.registered);
    const id = (
      await ds.query('SELECT id FROM beneficiary WHERE iin_masked = $1', [maskOf(people[unknown]!.iin)])
    )[0].id as string;
    // Locally eligible (the record the officer registered), unknown to the Portal.
    await new Promise((res) => setTimeout(res, 1100));
    await ds.query('DELETE FROM portal_eligibility');
    // (The person's first ride, booked above, is at 11:00: this one is later that day.)
    const held = await heldWhilePortalDown(id, 3);
    await new Promise((res) => setTimeout(res, 1100));
    expect(await decidedOnceBack(held)).toEqual({ status: 'ACCEPTED', status_reason: null });
  }, 60000);
});
