import type { Role } from '@invataxi/domain';

/** Who is calling, and the scope the platform granted them. */
export interface Principal {
  userId: string;
  role: Role;
  /** LEB officer, dispatcher of a regional centre, analyst: a KATO subtree. */
  regionKato?: string | null;
  providerId?: string | null;
  beneficiaryId?: string | null;
  driverId?: string | null;
  /** Portal client id (machine client). */
  clientId?: string | null;
  /** The sign-in session the access token belongs to (absent for `npm run token` tokens). */
  sessionId?: string | null;
}
