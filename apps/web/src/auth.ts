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
  token: string;
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

export interface SignIn {
  current(): Session | null;
  /** Asks for a session from the refresh cookie (page load); false when there is none. */
  restore(): Promise<boolean>;
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

export class BrowserSignIn implements SignIn {
  private listeners = new Set<(s: Session | null) => void>();
  private session: Session | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private renewing: Promise<boolean> | null = null;

  constructor(
    private readonly verify: (token: string) => Promise<void>,
    private readonly refresh: () => Promise<TokenAnswer | null>,
    private readonly end: (token: string | null) => Promise<void>,
  ) {}

  current(): Session | null {
    return this.session;
  }

  restore(): Promise<boolean> {
    // One renewal at a time in this tab; across tabs the Web Locks API serialises them, so two
    // tabs never present the same refresh token (a replayed one revokes the whole session).
    this.renewing ??= (async () => {
      try {
        const run = () => this.refresh();
        const answer = navigator.locks ? await navigator.locks.request('invataxi-refresh', run) : await run();
        if (answer) {
          this.accept(answer);
          return true;
        }
        this.set(null);
        return false;
      } catch {
        return false;
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
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
  const res = await fetch('/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...CSRF_HEADER },
    body: '{}',
  });
  if (!res.ok) return null;
  return (await res.json()) as TokenAnswer;
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
