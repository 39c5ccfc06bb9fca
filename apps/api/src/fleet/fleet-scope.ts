import { forbid, inRegion, type Principal } from '@invataxi/auth';
import { DomainError, katoPrefix } from '@invataxi/domain';
import { ProviderEntity, type FleetRepository, type UnitOfWork } from '@invataxi/persistence';
import type { Repository } from 'typeorm';
import { conflict } from '@invataxi/providers';

/** The fleet is changed by its provider's admin only (token claim `provider`). */
export function ownProviderId(p: Principal): string {
  if (p.role !== 'PROVIDER_ADMIN' || !p.providerId) forbid('provider');
  return p.providerId;
}

/**
 * Whose fleet a reader sees: their own provider (admins, the provider's dispatchers), or, for
 * a region's officer or dispatch centre, the provider they name if it is in their region.
 */
export async function readableProviderId(
  providers: Repository<ProviderEntity>,
  p: Principal,
  asked?: string,
): Promise<string> {
  if (p.providerId) {
    if (asked && asked !== p.providerId) forbid('provider');
    return p.providerId;
  }
  if (!asked) throw DomainError.validation([{ field: 'providerId', code: 'REQUIRED' }]);
  const provider = await providers.findOneBy({ id: asked });
  if (!provider) throw new DomainError('NOT_FOUND', { entity: 'provider', id: asked });
  if (!inRegion(p, provider.regionKato)) forbid('region');
  return provider.id;
}

/**
 * The providers whose fleet a list shows: the one readableProviderId allows, or, for a region's
 * officer or dispatch centre that names none, every provider of their region.
 */
export async function readableProviderIds(
  providers: Repository<ProviderEntity>,
  fleet: FleetRepository,
  p: Principal,
  asked?: string,
): Promise<string[]> {
  if (p.providerId || asked) return [await readableProviderId(providers, p, asked)];
  if (!p.regionKato) forbid('region');
  return fleet.providerIdsInRegion(katoPrefix(p.regionKato));
}

/** The provider row, locked: fleet writes serialise with status changes of the provider. */
export async function lockOwnProvider(uow: UnitOfWork, providerId: string): Promise<ProviderEntity> {
  const provider = await uow.manager
    .getRepository(ProviderEntity)
    .findOne({ where: { id: providerId }, lock: { mode: 'pessimistic_read' } });
  if (!provider) throw new DomainError('NOT_FOUND', { entity: 'provider', id: providerId });
  if (provider.status === 'TERMINATED') throw conflict('PROVIDER_TERMINATED');
  return provider;
}

/** A record of the fleet that belongs to another provider is refused, not hidden. */
export function assertSameProvider(record: { providerId: string }, providerId: string): void {
  if (record.providerId !== providerId) forbid('provider');
}
