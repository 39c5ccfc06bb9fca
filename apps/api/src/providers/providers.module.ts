import { Module } from '@nestjs/common';
import { ProviderRegistryModule } from '@invataxi/providers';
import { ProviderDirectoryService } from './provider-directory.service';
import { ProvidersController } from './providers.controller';

@Module({
  imports: [ProviderRegistryModule],
  controllers: [ProvidersController],
  providers: [ProviderDirectoryService],
  exports: [ProviderDirectoryService],
})
export class ProvidersModule {}
