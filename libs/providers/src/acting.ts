import { katoCovers } from '@invataxi/domain';
import { forbid, type Principal } from '@invataxi/auth';
import type { Actor } from '@invataxi/persistence';

/**
 * Who acts in an audited write, with the region they act for. The system (the procurement
 * worker onboarding an awarded supplier) acts for the region named in its command.
 */
export interface RegistryActor extends Actor {
  regionKato?: string | null;
}

export function actorOf(p: Principal, requestId: unknown): RegistryActor {
  return {
    userId: p.userId,
    role: p.role,
    regionKato: p.regionKato ?? null,
    requestId: typeof requestId === 'string' ? requestId : null,
  };
}

/** The registry is the LEB officer's (of the region) or the system's: anyone else is refused. */
export function assertActsForRegion(actor: RegistryActor, kato: string): void {
  if (actor.role === 'SYSTEM') return;
  if (actor.role !== 'LEB_OFFICER') forbid('role');
  if (!actor.regionKato || !katoCovers(actor.regionKato, kato)) forbid('region');
}
