import { Module } from '@nestjs/common';
import { ProviderRegistryModule } from './provider-registry.module';
import { ProvidersController } from './providers.controller';

@Module({ imports: [ProviderRegistryModule], controllers: [ProvidersController] })
export class ProvidersModule {}
