/**
 * "Sign in with eGov" end to end (issue 19, item 2): the API (in-process, real PostgreSQL and
 * Redis) against the eGov identity provider's stand-in (oidc-provider, its own process on a free
 * port: discovery, JWKS, code flow with PKCE). The browser is played by hand: cookies per
 * origin, every redirect followed. A person on the register is linked to a rider account at the
 * first sign-in and signed in to that same account afterwards; an IIN that matches nobody signs
 * no one in and lands on the page that says how to get registered; a replayed or foreign
 * callback, and a sign-in cancelled at the provider, sign no one in either.
 */
import { randomBytes } from 'node:crypto';
import { buildIin } from '@invataxi/domain';
import { boot, registerPerson, type Fixture } from '../booking/booking-fixture';
import { startEgovIdp, type EgovIdp } from '../support/egov-idp';

const CALLBACK = 'http://127.0.0.1:3000/auth/egov/callback';

type Jar = Map<string, string>;

function keep(jar: Jar, setCookie: string | string[] | null | undefined): void {
  for (const c of ([] as string[]).concat(setCookie ?? [])) {
    const [pair, ...attrs] = c.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    if (attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

const header = (jar: Jar): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** One browser: its cookies at the API and at the identity provider. */
class Browser {
  readonly api: Jar = new Map();
  readonly idp: Jar = new Map();
  /** Every Set-Cookie the API sent, as sent (attributes checked by the tests). */
  readonly apiSetCookies: string[] = [];
}

describe('Sign in with eGov (stand-in identity provider)', () => {
  let idp: EgovIdp;
  let fx: Fixture;
  const secret = randomBytes(24).toString('hex');

  beforeAll(async () => {
    idp = await startEgovIdp({ clientSecret: secret, redirectUris: [CALLBACK] });
    fx = await boot({ EGOV_ISSUER_URL: idp.issuer, EGOV_CLIENT_SECRET: secret });
  }, 60000);

  afterAll(async () => {
    await fx?.close();
    await idp?.stop();
  });

  const api = async (
    b: Browser,
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = {},
  ) => {
    const r = await fx.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: { cookie: header(b.api), ...headers },
        ...(method === 'POST' ? { payload: {} } : {}),
      });
    const sc = r.headers['set-cookie'];
    b.apiSetCookies.push(...([] as string[]).concat(sc ?? []));
    keep(b.api, sc);
    return r;
  };

  const idpGet = async (b: Browser, url: string, init: RequestInit = {}) => {
    const r = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: header(b.idp) },
    });
    keep(b.idp, r.headers.getSetCookie());
    return r;
  };

  /** Starts at the API, signs in (or cancels) at the provider, returns the callback URL it sends back. */
  async function atProvider(b: Browser, person: { iin: string; name: string } | 'cancel'): Promise<string> {
    const start = await api(b, 'GET', '/auth/egov?lang=en');
    expect(start.statusCode).toBe(303);
    const authUrl = start.headers.location as string;
    expect(authUrl.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    const q = new URL(authUrl).searchParams;
    // Code flow with PKCE (S256), state and nonce; nothing secret in the URL.
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    expect(q.get('code_verifier')).toBeNull();
    const toLogin = await idpGet(b, authUrl);
    expect(toLogin.status).toBe(303);
    const loginUrl = new URL(toLogin.headers.get('location')!, idp.issuer).toString();
    const page = await idpGet(b, loginUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('IIN (12 digits)');
    const submitted =
      person === 'cancel'
        ? await idpGet(b, `${loginUrl}/abort`, { method: 'POST' })
        : await idpGet(b, `${loginUrl}/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ iin: person.iin, name: person.name, lang: 'en' }).toString(),
          });
    expect(submitted.status).toBe(303);
    const resumed = await idpGet(b, new URL(submitted.headers.get('location')!, idp.issuer).toString());
    expect(resumed.status).toBe(303);
    const back = resumed.headers.get('location')!;
    expect(back.startsWith(`${CALLBACK}?`)).toBe(true);
    return back;
  }

  /** The callback at the API: where it sends the browser. */
  async function callback(b: Browser, url: string): Promise<string> {
    const r = await api(b, 'GET', url.slice('http://127.0.0.1:3000'.length));
    expect(r.statusCode).toBe(303);
    return r.headers.location as string;
  }

  const refresh = (b: Browser) => api(b, 'POST', '/auth/refresh', { 'x-invataxi-csrf': '1' });

  const failures = async (): Promise<{ method: string; reason: string }[]> =>
    (
      await fx.db.query(
        `SELECT after FROM audit_log WHERE action = 'auth.sign_in_failed' AND entity_type = 'egov' ORDER BY id`,
      )
    ).rows.map((r: { after: { method: string; reason: string } }) => r.after);

  it('a person on the register: the first sign-in links a rider account, the next one signs into it', async () => {
    const person = await registerPerson(fx);
    const first = new Browser();
    expect(await callback(first, await atProvider(first, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/',
    );
    // The flow cookie was httpOnly, Secure, SameSite=Lax (it must come back with the provider's redirect).
    expect(first.apiSetCookies.find((c) => c.startsWith('invataxi_egov=') && !/max-age=0/i.test(c))).toMatch(
      /HttpOnly.*Secure.*SameSite=Lax/i,
    );
    const a = await refresh(first);
    expect(a.statusCode).toBe(200);
    const linked = a.json();
    expect(linked.user).toMatchObject({ role: 'BENEFICIARY', beneficiaryId: person.id });
    expect(typeof linked.accessToken).toBe('string');

    const second = new Browser();
    expect(await callback(second, await atProvider(second, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/',
    );
    const b = await refresh(second);
    expect(b.statusCode).toBe(200);
    expect(b.json().user.id).toBe(linked.user.id);
    expect(b.json().sessionId).not.toBe(linked.sessionId);
  }, 60000);

  it('an IIN that matches nobody signs no one in and is told how to get registered', async () => {
    const before = (await failures()).length;
    const b = new Browser();
    const nobody = buildIin('1977-07-07', 'MALE', 4321);
    expect(await callback(b, await atProvider(b, { iin: nobody, name: 'Nobody Known' }))).toBe(
      '/signin/not-registered?via=egov',
    );
    expect(b.apiSetCookies.some((c) => c.startsWith('invataxi_refresh='))).toBe(false);
    expect((await refresh(b)).statusCode).toBe(401);
    const after = await failures();
    expect(after.slice(before)).toEqual([{ method: 'EGOV', reason: 'NOT_REGISTERED' }]);
    // The audit names the outcome only: never the IIN.
    const audit = await fx.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE after::text LIKE $1`, [
      `%${nobody}%`,
    ]);
    expect(audit.rows[0].n).toBe(0);
  }, 60000);

  it('a callback replayed, or brought to another browser, signs no one in', async () => {
    const person = await registerPerson(fx);
    const b = new Browser();
    const back = await atProvider(b, { iin: person.iin, name: 'Aigerim Test' });
    // Another browser (no flow cookie) presenting the code: refused, and the state is spent.
    const other = new Browser();
    expect(await callback(other, back)).toBe('/signin?egov=failed');
    expect(await callback(b, back)).toBe('/signin?egov=failed');
    expect((await refresh(b)).statusCode).toBe(401);

    // The right browser once, then the same callback again.
    const c = new Browser();
    const again = await atProvider(c, { iin: person.iin, name: 'Aigerim Test' });
    const flow = c.api.get('invataxi_egov')!;
    expect(await callback(c, again)).toBe('/');
    const replay = new Browser();
    replay.api.set('invataxi_egov', flow);
    expect(await callback(replay, again)).toBe('/signin?egov=failed');
  }, 60000);

  it('a rider account that was switched off is not replaced: the sign-in is refused', async () => {
    const person = await registerPerson(fx);
    const first = new Browser();
    expect(await callback(first, await atProvider(first, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/',
    );
    const { user } = (await refresh(first)).json();
    await fx.db.query(`UPDATE app_user SET status = 'DISABLED' WHERE id = $1`, [user.id]);
    const again = new Browser();
    expect(await callback(again, await atProvider(again, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/signin?egov=disabled',
    );
    expect((await refresh(again)).statusCode).toBe(401);
    const accounts = await fx.db.query(`SELECT count(*)::int AS n FROM app_user WHERE beneficiary_id = $1`, [
      person.id,
    ]);
    expect(accounts.rows[0].n).toBe(1);
    expect((await failures()).at(-1)).toEqual({ method: 'EGOV', reason: 'ACCOUNT_DISABLED' });
  }, 60000);

  it('a rider account whose role was removed is not replaced by a new one either', async () => {
    const person = await registerPerson(fx);
    const first = new Browser();
    expect(await callback(first, await atProvider(first, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/',
    );
    const { user } = (await refresh(first)).json();
    await fx.db.query(`UPDATE app_user SET role = NULL WHERE id = $1`, [user.id]);
    const again = new Browser();
    expect(await callback(again, await atProvider(again, { iin: person.iin, name: 'Aigerim Test' }))).toBe(
      '/signin?egov=disabled',
    );
    expect((await refresh(again)).statusCode).toBe(401);
    const accounts = await fx.db.query(`SELECT count(*)::int AS n FROM app_user WHERE beneficiary_id = $1`, [
      person.id,
    ]);
    expect(accounts.rows[0].n).toBe(1);
  }, 60000);

  it('a sign-in cancelled at the provider says so', async () => {
    const b = new Browser();
    expect(await callback(b, await atProvider(b, 'cancel'))).toBe('/signin?egov=cancelled');
    expect((await refresh(b)).statusCode).toBe(401);
  }, 60000);
});
