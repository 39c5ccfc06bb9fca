// What other features use: the registry's use cases (procurement onboards awarded suppliers).
export { ProviderRegistryModule } from './provider-registry.module';
export {
  ProviderRegistryService,
  SEND_BACK_REASON,
  type ChangeProviderStatusCommand,
  type ContractTerms,
  type ProviderChange,
  type RegisterProviderCommand,
  type UpdateProviderCommand,
} from './provider-registry.service';
export {
  ProviderDirectoryService,
  type ProviderOverview,
  type ProviderView,
} from './provider-directory.service';
export { actorOf, type RegistryActor } from './acting';
