import { Module } from '@nestjs/common';
import { ProviderRegistryService } from './provider-registry.service';

/**
 * The registry's use cases without HTTP: the API's provider endpoints and the procurement worker
 * (onboarding an awarded supplier) use the same service. Needs the DataSource (PlatformModule).
 */
@Module({
  providers: [ProviderRegistryService],
  exports: [ProviderRegistryService],
})
export class ProviderRegistryModule {}
