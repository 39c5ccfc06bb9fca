// What other features use. The registry's use cases (register, area, status, contracts) are
// @invataxi/providers, shared with the procurement worker.
export {
  ProviderDirectoryService,
  type ProviderOverview,
  type ProviderView,
} from './provider-directory.service';
