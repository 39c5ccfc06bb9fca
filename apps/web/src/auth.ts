import { ROLES, type Role } from '@invataxi/domain';

/**
 * Sign-in behind one interface. Today: a demo token pasted by the user (the demo command prints
 * one per role). Later the state sign-in (eGov) implements the same interface and the pages do
 * not change. The token lives in sessionStorage: closing the browser signs out.
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
}

export interface SignIn {
  current(): Session | null;
  /** Demo: `credential` is a bearer token. The state sign-in will redirect instead. */
  signIn(credential: string): Promise<Session>;
  signOut(): void;
  /** The API said 401: forget the session. */
  expired(): void;
  onChange(listener: (s: Session | null) => void): () => void;
}

const KEY = 'invataxi.session';
export class InvalidCredential extends Error {}

/** Reads the claims the API's JwtTokenVerifier reads; the API verifies the signature. */
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
  if (exp !== null && exp < Date.now()) throw new InvalidCredential('expired');
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

export class DemoTokenSignIn implements SignIn {
  private listeners = new Set<(s: Session | null) => void>();
  private session: Session | null = null;

  constructor(private readonly verify: (token: string) => Promise<void>) {
    const saved = sessionStorage.getItem(KEY);
    if (saved) {
      try {
        this.session = { token: saved, principal: decodeToken(saved) };
      } catch {
        sessionStorage.removeItem(KEY);
      }
    }
  }

  current(): Session | null {
    return this.session;
  }

  async signIn(credential: string): Promise<Session> {
    const token = credential.trim().replace(/^Bearer\s+/i, '');
    const principal = decodeToken(token);
    await this.verify(token);
    this.session = { token, principal };
    sessionStorage.setItem(KEY, token);
    this.emit();
    return this.session;
  }

  signOut(): void {
    this.session = null;
    sessionStorage.removeItem(KEY);
    this.emit();
  }

  expired(): void {
    if (this.session) this.signOut();
  }

  onChange(listener: (s: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.session);
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

export const signIn: SignIn = new DemoTokenSignIn(verifyWithApi);
