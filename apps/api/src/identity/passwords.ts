import argon2 from 'argon2';

/**
 * argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane). The argon2 package hashes in
 * libuv's thread pool: the event loop is never blocked by a hash.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** A hash of nothing anyone knows: an unknown login costs the same time as a wrong password. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    decoy ??= argon2.hash('invataxi-no-such-account', OPTIONS);
    await argon2.verify(await decoy, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
