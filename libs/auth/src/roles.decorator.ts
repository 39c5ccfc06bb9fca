import { SetMetadata } from '@nestjs/common';
import type { Role } from '@invataxi/domain';

export const ACCESS_KEY = 'invataxi:access';

export type AccessRule =
  { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'signature' };

/**
 * Every endpoint declares who may call it, with exactly one of these. The guard refuses a
 * route with no declaration, and a test walks every route to prove none is missing.
 */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
/** Machine clients that sign requests (Portal, procurement callbacks): checked by their own guard. */
export const SignedRequest = () => SetMetadata(ACCESS_KEY, { kind: 'signature' } satisfies AccessRule);
