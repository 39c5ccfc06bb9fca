import { boot, policyRules, publishPolicy, registerPerson, tripBody, ASTANA, type Fixture } from './booking-fixture';

describe('booking smoke', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(fx, ASTANA, policyRules());
  });
  afterAll(() => fx?.close());

  it('books a ride', async () => {
    const p = await registerPerson(fx);
    const r = await fx.inject('POST', '/bookings', p.principal, tripBody(p.id));
    expect(r.statusCode).toBe(201);
    expect(r.json().bookings[0].status).toBe('ACCEPTED');
  });
});
