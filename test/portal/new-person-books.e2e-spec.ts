/**
 * Issue 21, item 4 and the one eligibility rule (libs/domain portalEffect): a person the officer
 * registers before the Social Services Portal knows them books at once, in the app as at the
 * phone desk, on the record the officer registered (the registry's card says they are entitled;
 * the Portal's register lags). Once the Portal knows them, its answer is written onto the record
 * and decides for both channels, with the same refusal reasons. Its "no record" is kept only
 * briefly (PORTAL_NO_RECORD_TTL_SECONDS), and registering or editing the person drops it.
 * Clock pinned (TEST_LOCAL_TIME, atInstant).
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

describe('a newly registered person books at once; the Portal, once it knows them, decides for every channel', () => {
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

  const dispatcher = () =>
    s.t.token({
      userId: '00000000-0000-4000-8000-0000000000d3',
      role: 'DISPATCHER',
      regionKato: '710000000',
    });

  /** Books a ride for the person: by themselves in the app, or by the phone desk's dispatcher. */
  async function book(beneficiaryId: string, time: string, by: 'app' | 'desk' = 'app') {
    const token =
      by === 'desk'
        ? dispatcher()
        : s.t.token({
            userId: '00000000-0000-4000-8000-0000000000d2',
            role: 'BENEFICIARY',
            beneficiaryId,
          });
    return inject<{
      bookings?: { status: string; channel: string }[];
      reasons?: { code: string; message: string }[];
    }>('POST', '/bookings', token, {
      beneficiaryId,
      pickup: { address: 'пр. Абая, 10', lat: 51.12, lon: 71.41, kato: '710000000' },
      dropoff: { address: 'ул. Сыганак, 2', lat: 51.128, lon: 71.43, kato: '710000000' },
      timeAnchor: 'PICKUP',
      time,
      purpose: 'MEDICAL',
      companions: 0,
    });
  }

  /** An hour after `time` (a second ride of the same day that does not overlap the first). */
  const later = (time: string, hours: number) => new Date(Date.parse(time) + hours * 3_600_000).toISOString();

  /** The Portal's register learns of the person (as it would once their papers reach it). */
  async function portalLearns(p: SimPerson): Promise<void> {
    const { registered: _, ...entry } = p;
    await s.control('POST', '/people', { people: [entry] });
  }

  beforeAll(async () => {
    s = await startPortalStack({ worker: false });
  });
  afterAll(() => s?.close());

  it('books online at once while the Portal has no record, as the phone desk does', async () => {
    const p = newcomers[0]!;
    const id = await register(p);
    const time = weekdayAt11(testNow());
    const online = await book(id, time);
    expect(online.body.reasons).toBeUndefined();
    expect(online.status).toBe(201);
    expect(online.body.bookings?.[0]).toMatchObject({ status: 'ACCEPTED', channel: 'APP' });
    const desk = await book(id, later(time, 2), 'desk');
    expect(desk.status).toBe(201);
    expect(desk.body.bookings?.[0]).toMatchObject({ status: 'ACCEPTED', channel: 'PHONE' });
  });

  it('once the Portal knows the person its answer decides for the app and the desk alike', async () => {
    const p = newcomers[1]!;
    const id = await register(p);
    const time = weekdayAt11(testNow());
    expect((await book(id, time)).status).toBe(201);
    // The Portal's register has them as group 3 (not entitled under the national list).
    await portalLearns({ ...p, category: 'ADULT_GROUP_3' });
    // Its "no record" is still remembered (briefly): the record decides meanwhile...
    expect((await book(id, later(time, 2))).status).toBe(201);
    // ...until the officer edits the record, which drops the remembered answer.
    const current = await inject<{ version: number }>('GET', `/beneficiaries/${id}`, officer());
    const edited = await inject('PATCH', `/beneficiaries/${id}`, officer(), {
      version: current.body.version,
      phone: '+77011234567',
    });
    expect(edited.status).toBe(200);
    const online = await book(id, later(time, 4));
    expect(online.status).toBe(422);
    expect(online.body.reasons?.map((r) => r.code)).toEqual(['CATEGORY_NOT_ELIGIBLE']);
    // The desk uses the Portal's answer the app got (it never waits for the Portal itself).
    const desk = await book(id, later(time, 4), 'desk');
    expect(desk.status).toBe(422);
    expect(desk.body.reasons).toEqual(online.body.reasons);
  });

  it('a "no record" answer is kept only for PORTAL_NO_RECORD_TTL_SECONDS, not a day', async () => {
    const p = newcomers[2]!;
    const id = await register(p);
    const time = weekdayAt11(testNow());
    expect((await book(id, time)).status).toBe(201);
    await portalLearns({ ...p, category: 'ADULT_GROUP_3' });
    const ttl = s.t.config.PORTAL_NO_RECORD_TTL_SECONDS;
    expect(ttl).toBeLessThan(s.t.config.PORTAL_ELIGIBILITY_TTL_SECONDS);
    const justBefore = new Date(testNow().getTime() + (ttl - 30) * 1000);
    const after = new Date(testNow().getTime() + (ttl + 1) * 1000);
    const early = await atInstant(s.api, justBefore, () => book(id, later(weekdayAt11(justBefore), 2)));
    expect(early.status).toBe(201);
    const late = await atInstant(s.api, after, () => book(id, later(weekdayAt11(after), 4)));
    expect(late.body.reasons?.map((r) => r.code)).toEqual(['CATEGORY_NOT_ELIGIBLE']);
  });
});
