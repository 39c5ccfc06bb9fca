import { Module } from '@nestjs/common';
import { ProviderDirectoryService } from './provider-directory.service';
import { ProviderRegistryService } from './provider-registry.service';

/**
 * The registry's use cases without HTTP, so the worker (procurement: onboard an awarded
 * supplier) can import the same services as the API.
 */
@Module({
  providers: [ProviderRegistryService, ProviderDirectoryService],
  exports: [ProviderRegistryService, ProviderDirectoryService],
})
export class ProviderRegistryModule {}
