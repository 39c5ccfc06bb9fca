/**
 * The demo wires the Portal to its stand-in, and a booking is checked against the Portal: the
 * demo's beneficiaries are in the stand-in's register with what the demo recorded for them, so
 * its answer leaves their records as they are. Unknown to it, they book on their record (the one
 * eligibility rule, libs/domain portalEffect).
 */
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { registerDemoPeopleAtPortal } from '../../scripts/seed/portal-people';
import { seedViaApi, type SeedResult } from '../../scripts/seed/seed-via-api';
import { startPortalStack, type PortalStack } from './portal-stack';
import { testNow } from '../support/clock';

describe('the demo and the Portal stand-in', () => {
  let stack: PortalStack;
  let seeded: SeedResult;

  beforeAll(async () => {
    stack = await startPortalStack({ worker: false });
    seeded = await seedViaApi(stack.api.get(DataSource), stack.t.config, stack.apiUrl, stack.t.now());
  });
  afterAll(() => stack?.close());

  /** A beneficiary of the demo books a ride for themselves in the app. */
  async function bookAs(
    label: string,
    time: string,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const token = seeded.tokens.find((x) => x.label === label)?.token as string;
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'accept-language': 'en',
    };
    const mine = (await (await fetch(`${stack.apiUrl}/bookings/mine?limit=1`, { headers })).json()) as {
      items: { beneficiaryId: string; pickup: unknown; dropoff: unknown }[];
    };
    const last = mine.items[0];
    if (!last) throw new Error(`${label} has no demo booking to take the places from`);
    const day = addDaysToLocalDate(localDateOf(testNow()), 3);
    const res = await fetch(`${stack.apiUrl}/bookings`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        beneficiaryId: last.beneficiaryId,
        pickup: last.pickup,
        dropoff: last.dropoff,
        timeAnchor: 'PICKUP',
        time: localDateTimeToUtc(day, time).toISOString(),
        purpose: 'MEDICAL',
        companions: 0,
      }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('unknown to the stand-in, a demo beneficiary books on their record; registered by the demo, the answer changes nothing', async () => {
    const riders = seeded.tokens.filter((x) => x.label.startsWith('beneficiary (')).map((x) => x.label);
    expect(riders.length).toBeGreaterThanOrEqual(2);
    const [first, second] = riders as [string, string];
    const unknown = await bookAs(first, '09:10');
    expect(unknown.body).toMatchObject({ bookings: [{ channel: 'APP', status: 'ACCEPTED' }] });
    expect(unknown.status).toBe(201);
    // A malformed entry is refused with the whole request, and the register still answers.
    const malformed = await fetch(`${stack.simUrl}/portal/_control/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ people: [{}] }),
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ code: 'MALFORMED_PERSON', index: 0 });
    expect((await stack.control<unknown[]>('GET', '/population')).length).toBeGreaterThan(0);
    await registerDemoPeopleAtPortal(`${stack.simUrl}/portal`);
    // Registering twice changes nothing.
    await registerDemoPeopleAtPortal(`${stack.simUrl}/portal`);
    const lookups = (await stack.control<{ lookups: number }>('GET', '/requests')).lookups;
    const booked = await bookAs(second, '11:10');
    expect(booked.body).toMatchObject({ bookings: [{ channel: 'APP', status: 'ACCEPTED' }] });
    expect(booked.status).toBe(201);
    expect((await stack.control<{ lookups: number }>('GET', '/requests')).lookups).toBe(lookups + 1);
    // The Portal's answer is what the demo recorded: no record was rewritten from it (nor its
    // version bumped, which would turn an officer's open edit into a conflict).
    const rewritten = (await stack.api
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'beneficiary.eligibility_from_portal'`,
      )) as {
      n: number;
    }[];
    expect(rewritten[0]?.n).toBe(0);
  });
});
