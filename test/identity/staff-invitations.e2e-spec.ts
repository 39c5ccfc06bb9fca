import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { seedStaff, signInByPassword, smsTo, startSmsStandIn, type SignedIn } from '../support/sign-in';

/**
 * Managing staff invitations (issue 19, the browser walk's findings): the list of invitations not
 * accepted with resend (a new link, the old one void) and revoke, in the caller's scope and
 * audited; field refusals that name the field and the rule; a provider admin's driver
 * invitation that lists the driver records without a login instead of "no rights"; the invited
 * person's language for the SMS, the page and the account; the region picker's names; whether
 * the /signin page may offer pasting a developer token.
 */
jest.setTimeout(60_000);

const ASTANA = '710000000';
const ALMATY = '750000000';

describe('staff invitations', () => {
  let t: TestEnv;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;
  let api: NestFastifyApplication;
  let f: FastifyInstance;
  let ds: DataSource;
  let astanaOfficer: SignedIn;
  let almatyOfficer: SignedIn;
  let admin: SignedIn;
  let providerAdmin: SignedIn;
  let providerId: string;
  let astanaOfficerId: string;

  const as = (s: SignedIn, lang = 'en') => ({
    authorization: `Bearer ${s.accessToken}`,
    'content-type': 'application/json',
    'accept-language': lang,
  });
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    f.inject({
      method: 'POST',
      url,
      payload: body as object,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const get = (url: string, headers: Record<string, string> = {}) =>
    f.inject({ method: 'GET', url, headers });
  const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

  async function staff(p: Parameters<typeof seedStaff>[2]): Promise<SignedIn & { id: string }> {
    const s = await seedStaff(ds, t.config, p);
    return { ...(await signInByPassword(f, s.phone, s.password, s.totpSecret ?? undefined)), id: s.userId };
  }

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...sms.env, AUTH_ADDRESS_LIMIT: '1000' });
    api = await createApi(t.config);
    await api.init();
    f = api.getHttpAdapter().getInstance();
    await f.ready();
    ds = api.get(DataSource);
    const [p] = (await ds.query(
      `INSERT INTO provider (bin, legal_name, origin, region_kato, version)
       VALUES ('050140000013', 'Astana Invataxi LLP', 'LOCAL_REGISTRY', $1, 1) RETURNING id`,
      [ASTANA],
    )) as { id: string }[];
    providerId = p!.id;
    const officer = await staff({ role: 'LEB_OFFICER', regionKato: ASTANA });
    astanaOfficer = officer;
    astanaOfficerId = officer.id;
    almatyOfficer = await staff({ role: 'LEB_OFFICER', regionKato: ALMATY });
    admin = await staff({ role: 'ADMIN' });
    providerAdmin = await staff({ role: 'PROVIDER_ADMIN', providerId, regionKato: ASTANA });
  });

  afterAll(async () => {
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  it('lists invitations not accepted, resends with a new link (the old one void) and revokes, in scope, audited', async () => {
    const phone = '+77030000001';
    const sent = await post(
      '/invitations',
      { role: 'DISPATCHER', displayName: 'Айдана Сейіт', phone },
      as(astanaOfficer),
    );
    expect(sent.statusCode).toBe(201);
    const { id } = sent.json() as { id: string };
    const firstToken = tokenIn((await smsTo(sms.url, phone)).pop()!);

    const list = await get('/invitations', as(astanaOfficer));
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id,
        role: 'DISPATCHER',
        displayName: 'Айдана Сейіт',
        sentTo: '+7703***0001',
        regionKato: ASTANA,
        regionNames: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
        invitedBy: expect.stringContaining('LEB_OFFICER'),
        status: 'PENDING',
      }),
    ]);
    // Another region's officer neither sees it nor may touch it (not found, as if it did not exist).
    expect((await get('/invitations', as(almatyOfficer))).json()).toEqual([]);
    expect((await post(`/invitations/${id}/resend`, {}, as(almatyOfficer))).statusCode).toBe(404);
    expect((await post(`/invitations/${id}/revoke`, {}, as(almatyOfficer))).statusCode).toBe(404);
    // Nor does a provider admin (dispatchers of the region are the officer's).
    expect((await get('/invitations', as(providerAdmin))).json()).toEqual([]);

    // Resend: a new SMS with a new link; the first link no longer opens anything.
    await ds.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect((await get('/invitations', as(astanaOfficer))).json()).toEqual([
      expect.objectContaining({ id, status: 'EXPIRED' }),
    ]);
    const resent = await post(`/invitations/${id}/resend`, {}, as(astanaOfficer));
    expect(resent.statusCode).toBe(201);
    expect(resent.json()).toMatchObject({ id, sentTo: '+7703***0001' });
    const texts = await smsTo(sms.url, phone);
    expect(texts).toHaveLength(2);
    const secondToken = tokenIn(texts[1]!);
    expect(secondToken).not.toBe(firstToken);
    expect((await get(`/invitations/${firstToken}`)).json()).toMatchObject({ code: 'INVITATION_INVALID' });
    expect((await get(`/invitations/${secondToken}`)).statusCode).toBe(200);
    expect((await get('/invitations', as(astanaOfficer))).json()).toEqual([
      expect.objectContaining({ id, status: 'PENDING' }),
    ]);

    // Revoke: the link says it was withdrawn, in the reader's language; it cannot be accepted.
    expect((await post(`/invitations/${id}/revoke`, {}, as(astanaOfficer))).statusCode).toBe(204);
    const opened = await get(`/invitations/${secondToken}`, { 'accept-language': 'ru' });
    expect(opened.statusCode).toBe(404);
    expect(opened.json()).toMatchObject({
      code: 'INVITATION_REVOKED',
      message: expect.stringMatching(/отозвано/),
    });
    expect(
      (await post(`/invitations/${secondToken}/accept`, { password: 'dispatcher-pass-1' })).json(),
    ).toMatchObject({ code: 'INVITATION_REVOKED' });
    expect((await get('/invitations', as(astanaOfficer))).json()).toEqual([
      expect.objectContaining({ id, status: 'REVOKED' }),
    ]);

    const audit = (await ds.query(
      `SELECT action, actor_user_id AS "actorId" FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [id],
    )) as { action: string; actorId: string }[];
    expect(audit.map((a) => a.action)).toEqual([
      'invitation.created',
      'invitation.resent',
      'invitation.revoked',
    ]);
    expect(audit.every((a) => a.actorId === astanaOfficerId)).toBe(true);
    expect(JSON.stringify(await ds.query(`SELECT * FROM audit_log`))).not.toContain(secondToken);
  });

  it('names the field and the rule of a refusal on every sign-in, invitation and enrolment form', async () => {
    const field = async (res: Awaited<ReturnType<typeof post>>) => {
      expect(res.statusCode).toBe(400);
      return (res.json() as { errors: { field: string; reason: string }[] }).errors;
    };
    expect(
      await field(await post('/auth/phone/code', { phone: '12345' }, { 'accept-language': 'en' })),
    ).toEqual([expect.objectContaining({ field: 'phone', reason: 'Phone number as +7 7XX XXX XX XX.' })]);
    expect(
      await field(
        await post('/auth/phone/verify', { phone: '+77010000001', code: '12' }, { 'accept-language': 'ru' }),
      ),
    ).toEqual([expect.objectContaining({ field: 'code', reason: 'Код из 6 цифр.' })]);
    expect(
      await field(await post('/auth/password', { login: '', password: '' }, { 'accept-language': 'kk' })),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'login', reason: 'Бұл өрісті толтырыңыз.' }),
        expect.objectContaining({ field: 'password', reason: 'Бұл өрісті толтырыңыз.' }),
      ]),
    );
    expect(
      await field(
        await post(
          '/auth/totp/verify',
          { mfaToken: 'x'.repeat(30), code: 'abc' },
          { 'accept-language': 'en' },
        ),
      ),
    ).toEqual([expect.objectContaining({ field: 'code', reason: 'The code is 6 digits.' })]);
    expect(
      await field(
        await post(
          '/invitations',
          { role: 'DISPATCHER', displayName: 'X', phone: '8 701' },
          as(astanaOfficer),
        ),
      ),
    ).toEqual([expect.objectContaining({ field: 'phone', reason: 'Phone number as +7 7XX XXX XX XX.' })]);

    const phone = '+77030000002';
    await post('/invitations', { role: 'DISPATCHER', displayName: 'Short', phone }, as(astanaOfficer));
    const token = tokenIn((await smsTo(sms.url, phone)).pop()!);
    for (const [lang, words] of [
      ['en', 'At least 10 characters.'],
      ['ru', 'Не меньше 10 символов.'],
      ['kk', 'Кемінде 10 таңба.'],
    ] as const)
      expect(
        await field(
          await post(`/invitations/${token}/accept`, { password: 'short' }, { 'accept-language': lang }),
        ),
      ).toEqual([expect.objectContaining({ field: 'password', reason: words })]);
  });

  it("a provider admin's driver invitation lists the driver records without a login, and says to add one on the Fleet page, never no rights", async () => {
    const noRecord = await post(
      '/invitations',
      { role: 'DRIVER', displayName: 'New driver', phone: '+77030000010' },
      as(providerAdmin),
    );
    expect(noRecord.statusCode).toBe(400);
    expect(noRecord.json()).toMatchObject({
      errors: [{ field: 'driverId', reason: expect.stringMatching(/Fleet and rota/) }],
    });

    const [d] = (await ds.query(
      `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Болат Ерланов', 'INV-0001', '+77030000011') RETURNING id`,
      [providerId],
    )) as { id: string }[];
    await ds.query(
      `INSERT INTO app_user (role, display_name, phone, language, region_kato, provider_id, driver_id)
       VALUES ('DRIVER', 'Болат Ерланов', '+77030000011', 'ru', $1, $2, $3)`,
      [ASTANA, providerId, d!.id],
    );
    const options = await get('/invitations/options', as(providerAdmin));
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({
      regions: [],
      drivers: [{ id: d!.id, fullName: 'Болат Ерланов', phone: '+77030000011', invitedUntil: null }],
    });
    const invited = await post(
      '/invitations',
      { role: 'DRIVER', displayName: 'Болат Ерланов', phone: '+77030000011', driverId: d!.id },
      as(providerAdmin),
    );
    expect(invited.statusCode).toBe(201);
    expect((await get('/invitations/options', as(providerAdmin))).json()).toMatchObject({
      drivers: [{ id: d!.id, invitedUntil: expect.any(String) }],
    });
    const token = tokenIn((await smsTo(sms.url, '+77030000011')).pop()!);
    expect((await post(`/invitations/${token}/accept`, { password: 'driver-pass-phrase' })).statusCode).toBe(
      201,
    );
    // With a login now: no longer offered, and a second invitation is refused in words.
    expect((await get('/invitations/options', as(providerAdmin))).json()).toMatchObject({ drivers: [] });
    const again = await post(
      '/invitations',
      { role: 'DRIVER', displayName: 'Болат', phone: '+77030000012', driverId: d!.id },
      as(providerAdmin),
    );
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({
      errors: [{ field: 'driverId', reason: 'This driver already has a login: they can already sign in.' }],
    });
  });

  it("uses the invited person's language (default the inviter's) for the SMS, the page and the account", async () => {
    await ds.query(`UPDATE app_user SET language = 'kk' WHERE id = $1`, [astanaOfficerId]);
    const kkPhone = '+77030000020';
    const kk = await post(
      '/invitations',
      { role: 'DISPATCHER', displayName: 'Ержан', phone: kkPhone },
      as(astanaOfficer),
    );
    expect(kk.json()).toMatchObject({ language: 'kk' });
    const kkText = (await smsTo(sms.url, kkPhone)).pop()!;
    expect(kkText).toMatch(/диспетчер/);
    expect(kkText).not.toMatch(/приглаш/i);

    const enPhone = '+77030000021';
    await post(
      '/invitations',
      { role: 'DISPATCHER', displayName: 'Emma', phone: enPhone, language: 'en' },
      as(astanaOfficer),
    );
    const enText = (await smsTo(sms.url, enPhone)).pop()!;
    expect(enText).toMatch(/dispatcher/);
    const token = tokenIn(enText);
    expect((await get(`/invitations/${token}`)).json()).toMatchObject({ language: 'en' });
    expect((await post(`/invitations/${token}/accept`, { password: 'dispatcher-pass-1' })).statusCode).toBe(
      201,
    );
    const [u] = (await ds.query(`SELECT language FROM app_user WHERE phone = $1`, [enPhone])) as {
      language: string;
    }[];
    expect(u!.language).toBe('en');
  });

  it('offers regions by name: an administrator the regions, an officer their own and what lies in it', async () => {
    const adminRegions = (
      (await get('/invitations/options', as(admin))).json() as { regions: { katoCode: string }[] }
    ).regions;
    expect(adminRegions).toEqual(
      expect.arrayContaining([
        { katoCode: ASTANA, names: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
        {
          katoCode: '110000000',
          names: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
        },
      ]),
    );
    expect(adminRegions.map((r) => r.katoCode)).not.toContain('711210000');
    const officerRegions = (
      (await get('/invitations/options', as(astanaOfficer))).json() as { regions: { katoCode: string }[] }
    ).regions.map((r) => r.katoCode);
    expect(officerRegions[0]).toBe(ASTANA);
    expect(officerRegions).toContain('711210000');
    expect(officerRegions).not.toContain(ALMATY);
  });

  it('tells the /signin page whether pasting a developer token is offered (off unless configured)', async () => {
    const res = await get('/auth/methods');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ developerTokenSignIn: false });
  });
});
