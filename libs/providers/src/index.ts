// @invataxi/providers: the provider registry's use cases, shared by the API (the LEB officer's
// endpoints, fleet) and the procurement worker (an awarded supplier onboarded), so one place
// registers a provider in a region (see ../README.md).
export { ProviderRegistryModule } from './provider-registry.module';
export {
  ProviderRegistryService,
  SEND_BACK_REASON,
  type ChangeProviderStatusCommand,
  type ContractTerms,
  type ProviderChange,
  type RegisteredProvider,
  type RegisterProviderCommand,
  type UpdateProviderCommand,
} from './provider-registry.service';
export { actorOf, assertActsForRegion, type RegistryActor } from './acting';
export { capacityAdded, coverageChanged } from './capacity-messages';
export { asConflict, conflict } from './db-conflict';
