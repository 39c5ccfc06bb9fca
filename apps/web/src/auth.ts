import { ROLES, type Role } from '@invataxi/domain';
import { appNow } from './app-now';

/**
 * The signed-in session, in memory only (issue 19, item 6): the access token (at most 10
 * minutes) lives in this module and nowhere else, never in localStorage or sessionStorage. The
 * refresh token is an httpOnly cookie the page cannot read; at start-up and before the access
 * token runs out the page asks POST /auth/refresh for a new one (that call carries the CSRF
 * header). Every way in (phone code, eGov, password + TOTP) ends in a TokenAnswer or a refresh.
 * A token printed by `npm run token` can still be opened as /signin#token=... for scripts and
 * tests: it too is kept in memory only, so it is gone at the next page load.
 *
 * Without a connection at page load nobody can say whether the session still holds: only the
 * server's answer ends it (walk t23 M1: a driver reopening the app in an underpass got the sign-in
 * page and lost the manifest and the taps waiting to be sent). The app may then go on as the
 * person it kept on the device (continueOffline: a driver and the manifest kept on the phone),
 * with no token, until the server is reached: then a session, or the server's "no session" ends it.
 */
export type { Role };

export interface Principal {
  userId: string;
  role: Role;
  regionKato: string | null;
  providerId: string | null;
  beneficiaryId: string | null;
  driverId: string | null;
  expiresAt: number | null;
}

export interface Session {
  /** null: not confirmed by the server yet (no connection since the page loaded; continueOffline). */
  token: string | null;
  principal: Principal;
  displayName: string | null;
  /** Backed by the refresh cookie (false: a pasted token, which cannot be renewed). */
  renewable: boolean;
}

/** The answer of every call that opens a session (POST /auth/phone/verify, /auth/totp/verify, /auth/refresh). */
export interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
  sessionId?: string;
  user?: { displayName?: string | null };
}

/**
 * What asking for a session from the refresh cookie found: one; none (the server said so: the
 * session ended, or there never was one); or no answer (no connection, the server down or busy),
 * which says nothing about the session.
 */
export type Restored = 'SESSION' | 'NONE' | 'UNREACHABLE';

export interface SignIn {
  current(): Session | null;
  /** Asks for a session from the refresh cookie (page load, renewal). */
  restore(): Promise<Restored>;
  /**
   * No answer at page load: goes on as the person kept on this device, unconfirmed (no token),
   * asking again when the connection is back and now and then, until the server answers.
   */
  continueOffline(principal: Principal, displayName: string | null): Session;
  /** A sign-in step answered with tokens. */
  accept(answer: TokenAnswer): Session;
  /** A token from `npm run token` (scripts, tests): checked by the API, kept in memory only. */
  signInWithToken(credential: string): Promise<Session>;
  signOut(): Promise<void>;
  /** The API said 401: renew once from the cookie, else forget the session. */
  expired(): void;
  onChange(listener: (s: Session | null) => void): () => void;
}

export class InvalidCredential extends Error {}

/** The header every cookie-authenticated call carries (a cross-site form cannot set it). */
export const CSRF_HEADER = { 'X-Invataxi-Csrf': '1' };

/** Reads the claims the API's verifier reads; the API verifies the signature. */
export function decodeToken(token: string): Principal {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new InvalidCredential('format');
  let claims: Record<string, unknown>;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
        .split('')
        .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .join(''),
    );
    claims = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new InvalidCredential('format');
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const role = claims.role as Role;
  if (typeof claims.sub !== 'string' || !ROLES.includes(role)) throw new InvalidCredential('claims');
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  if (exp !== null && exp < appNow()) throw new InvalidCredential('expired');
  return {
    userId: claims.sub,
    role,
    regionKato: str(claims.region),
    providerId: str(claims.provider),
    beneficiaryId: str(claims.beneficiary),
    driverId: str(claims.driver),
    expiresAt: exp,
  };
}

/** Renew this long before the access token runs out. */
const RENEW_BEFORE_MS = 60_000;
/** Unanswered, a renewal is asked again this often (and whenever the browser says it is online). */
const RETRY_UNANSWERED_MS = 15_000;

/** The server's answer to a renewal saying there is no session (any other answer says nothing). */
function endsSession(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** No answer from the server (the network, or the server down or busy): nothing said about the session. */
class Unanswered extends Error {}

export class BrowserSignIn implements SignIn {
  private listeners = new Set<(s: Session | null) => void>();
  private session: Session | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private renewing: Promise<Restored> | null = null;
  /** Stops asking again (armed while a renewal went unanswered). */
  private stopRetry: (() => void) | null = null;

  constructor(
    private readonly verify: (token: string) => Promise<void>,
    /** The session's new tokens; null: the server said there is none; throws Unanswered. */
    private readonly refresh: () => Promise<TokenAnswer | null>,
    private readonly end: (token: string | null) => Promise<void>,
  ) {}

  current(): Session | null {
    return this.session;
  }

  restore(): Promise<Restored> {
    // One renewal at a time in this tab; across tabs the Web Locks API serialises them, so two
    // tabs never present the same refresh token (a replayed one revokes the whole session).
    this.renewing ??= (async (): Promise<Restored> => {
      try {
        const run = () => this.refresh();
        const answer = navigator.locks ? await navigator.locks.request('invataxi-refresh', run) : await run();
        if (answer) {
          this.accept(answer);
          return 'SESSION';
        }
        this.set(null);
        return 'NONE';
      } catch (e) {
        // An answer the page cannot use: as before, the session stays until the API refuses it.
        if (!(e instanceof Unanswered)) return 'NONE';
        // Unanswered: the session (if any) stays as it is, and is asked for again once the
        // server can be reached (a token run out meanwhile is renewed then, not signed out).
        if (this.session) this.retryWhenReachable();
        return 'UNREACHABLE';
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  continueOffline(principal: Principal, displayName: string | null): Session {
    const session: Session = {
      token: null,
      principal: { ...principal, expiresAt: null },
      displayName,
      renewable: true,
    };
    this.set(session);
    this.retryWhenReachable();
    return session;
  }

  private retryWhenReachable(): void {
    if (this.stopRetry) return;
    const again = () => void this.restore();
    const timer = setInterval(again, RETRY_UNANSWERED_MS);
    window.addEventListener('online', again);
    this.stopRetry = () => {
      clearInterval(timer);
      window.removeEventListener('online', again);
      this.stopRetry = null;
    };
  }

  accept(answer: TokenAnswer): Session {
    const principal = decodeToken(answer.accessToken);
    const session: Session = {
      token: answer.accessToken,
      principal,
      displayName: answer.user?.displayName ?? this.session?.displayName ?? null,
      renewable: true,
    };
    this.set(session);
    const renewIn = Math.max(5_000, answer.expiresIn * 1000 - RENEW_BEFORE_MS);
    this.timer = setTimeout(() => void this.restore(), renewIn);
    return session;
  }

  async signInWithToken(credential: string): Promise<Session> {
    const token = credential.trim().replace(/^Bearer\s+/i, '');
    const principal = decodeToken(token);
    await this.verify(token);
    const session: Session = { token, principal, displayName: null, renewable: false };
    this.set(session);
    return session;
  }

  async signOut(): Promise<void> {
    const s = this.session;
    this.set(null);
    await this.end(s?.token ?? null).catch(() => undefined);
  }

  expired(): void {
    const s = this.session;
    if (!s) return;
    if (!s.renewable) {
      this.set(null);
      return;
    }
    void this.restore();
  }

  onChange(listener: (s: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(session: Session | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Answered (a session, or none): no more asking again.
    if (session?.token !== null) this.stopRetry?.();
    const changed = session?.token !== this.session?.token;
    this.session = session;
    if (changed) for (const l of this.listeners) l(this.session);
  }
}

/**
 * The API accepts the token when a call that needs any signed-in role succeeds (the gazetteer
 * search is open to every person's role and carries no personal data).
 */
async function verifyWithApi(token: string): Promise<void> {
  const res = await fetch('/gazetteer?q=a&limit=1', { headers: { Authorization: `Bearer ${token}` } });
  if (res.status === 401) throw new InvalidCredential('rejected');
  if (res.status === 403) throw new InvalidCredential('role');
  if (!res.ok) throw new InvalidCredential('unavailable');
}

async function refreshFromCookie(): Promise<TokenAnswer | null> {
  let res: Response;
  try {
    res = await fetch('/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...CSRF_HEADER },
      body: '{}',
    });
  } catch {
    throw new Unanswered('network');
  }
  if (res.ok) return (await res.json()) as TokenAnswer;
  if (endsSession(res.status)) return null;
  throw new Unanswered(String(res.status));
}

async function signOutAtApi(token: string | null): Promise<void> {
  await fetch('/auth/signout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      ...CSRF_HEADER,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: '{}',
  });
}

export const signIn: SignIn = new BrowserSignIn(verifyWithApi, refreshFromCookie, signOutAtApi);
