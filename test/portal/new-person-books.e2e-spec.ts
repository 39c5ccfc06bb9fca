/**
 * Issue 21, item 4: a person the officer registers before the Social Services Portal knows them
 * is refused with what is true ("the Portal has no record of this person yet", PORTAL_NO_RECORD),
 * not CATEGORY_NOT_ELIGIBLE; that "no record" is kept only briefly
 * (PORTAL_NO_RECORD_TTL_SECONDS), and registering or editing the person drops it, so
 * they book at once when the Portal has learnt of them. Clock pinned (TEST_LOCAL_TIME, atInstant).
 */
import { syntheticPopulation, type SimPerson } from '../../apps/simulators/src/portal/population';
import { startPortalStack, type PortalStack } from './portal-stack';
import { atInstant, testNow } from '../support/clock';

/** Next Monday-to-Friday at least two days on, 11:00 local (UTC+5): inside default service hours. */
function weekdayAt11(from: Date): string {
  const d = new Date(from.getTime() + 2 * 86_400_000);
  while ([0, 6].includes(new Date(d.getTime() + 5 * 3_600_000).getUTCDay()))
    d.setTime(d.getTime() + 86_400_000);
  return `${new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 10)}T06:00:00.000Z`;
}

describe('a newly registered person can book as soon as the Portal knows them', () => {
  let s: PortalStack;
  // The stand-in's register holds the first 12 of its synthetic population; these are not in it.
  const newcomers = syntheticPopulation(30)
    .slice(12)
    .filter((p) => p.category === 'ADULT_GROUP_1' || p.category === 'ADULT_GROUP_2');
  const officer = () =>
    s.t.token({
      userId: '00000000-0000-4000-8000-0000000000d1',
      role: 'LEB_OFFICER',
      regionKato: '710000000',
    });

  const inject = async <T>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string,
    payload?: object,
  ) => {
    const r = await s.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    return { status: r.statusCode, body: r.json() as T };
  };

  async function register(p: SimPerson): Promise<string> {
    const r = await inject<{ id: string }>('POST', '/beneficiaries', officer(), {
      iin: p.iin,
      fullName: p.fullName,
      residence: p.residence,
      disabilityCategory: p.category,
      disabilityValidUntil: p.validUntil,
      mobility: { wheelchair: 'NONE' },
    });
    expect(r.status).toBe(201);
    return r.body.id;
  }

  async function book(beneficiaryId: string, time: string) {
    const rider = s.t.token({
      userId: '00000000-0000-4000-8000-0000000000d2',
      role: 'BENEFICIARY',
      beneficiaryId,
    });
    return inject<{ bookings?: { status: string }[]; reasons?: { code: string; message: string }[] }>(
      'POST',
      '/bookings',
      rider,
      {
        beneficiaryId,
        pickup: { address: 'пр. Абая, 10', lat: 51.12, lon: 71.41, kato: '710000000' },
        dropoff: { address: 'ул. Сыганак, 2', lat: 51.128, lon: 71.43, kato: '710000000' },
        timeAnchor: 'PICKUP',
        time,
        purpose: 'MEDICAL',
        companions: 0,
      },
    );
  }

  /** The Portal's register learns of the person (as it would once their papers reach it). */
  async function portalLearns(p: SimPerson): Promise<void> {
    const { registered: _, ...entry } = p;
    await s.control('POST', '/people', { people: [entry] });
  }

  beforeAll(async () => {
    s = await startPortalStack({ worker: false });
  });
  afterAll(() => s?.close());

  it('refused with the true reason while the Portal has no record; books at once after the officer edits', async () => {
    const p = newcomers[0]!;
    const id = await register(p);
    const refused = await book(id, weekdayAt11(testNow()));
    expect(refused.status).toBe(422);
    expect(refused.body.reasons?.map((r) => r.code)).toEqual(['PORTAL_NO_RECORD']);
    expect(refused.body.reasons?.[0]?.message).toMatch(
      /Social Services Portal has no record of this person yet/,
    );
    await portalLearns(p);
    // The "no record" is still remembered (briefly): a booking right away is still refused...
    expect((await book(id, weekdayAt11(testNow()))).body.reasons?.map((r) => r.code)).toEqual([
      'PORTAL_NO_RECORD',
    ]);
    // ...until the officer edits the record, which drops the remembered answer.
    const current = await inject<{ version: number }>('GET', `/beneficiaries/${id}`, officer());
    const edited = await inject('PATCH', `/beneficiaries/${id}`, officer(), {
      version: current.body.version,
      phone: '+77011234567',
    });
    expect(edited.status).toBe(200);
    const booked = await book(id, weekdayAt11(testNow()));
    expect(booked.status).toBe(201);
    expect(booked.body.bookings?.[0]?.status).toBe('ACCEPTED');
  });

  it('a "no record" answer is kept only for PORTAL_NO_RECORD_TTL_SECONDS, not a day', async () => {
    const p = newcomers[1]!;
    const id = await register(p);
    expect((await book(id, weekdayAt11(testNow()))).body.reasons?.map((r) => r.code)).toEqual([
      'PORTAL_NO_RECORD',
    ]);
    await portalLearns(p);
    const ttl = s.t.config.PORTAL_NO_RECORD_TTL_SECONDS;
    expect(ttl).toBeLessThan(s.t.config.PORTAL_ELIGIBILITY_TTL_SECONDS);
    const justBefore = new Date(testNow().getTime() + (ttl - 30) * 1000);
    const after = new Date(testNow().getTime() + (ttl + 1) * 1000);
    const early = await atInstant(s.api, justBefore, () => book(id, weekdayAt11(justBefore)));
    expect(early.body.reasons?.map((r) => r.code)).toEqual(['PORTAL_NO_RECORD']);
    const later = await atInstant(s.api, after, () => book(id, weekdayAt11(after)));
    expect(later.status).toBe(201);
    expect(later.body.bookings?.[0]?.status).toBe('ACCEPTED');
  });
});
