import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProviderEntity, ProviderServiceAreaEntity, ProviderContractEntity } from '@invataxi/persistence';
import { ProviderRegistryModule } from '@invataxi/providers';
import { ProviderDirectoryService } from './provider-directory.service';
import { ProvidersController } from './providers.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProviderEntity, ProviderServiceAreaEntity, ProviderContractEntity]),
    ProviderRegistryModule,
  ],
  controllers: [ProvidersController],
  providers: [ProviderDirectoryService],
  exports: [ProviderDirectoryService],
})
export class ProvidersModule {}
