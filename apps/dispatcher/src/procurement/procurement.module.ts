import { Module } from '@nestjs/common';
import { ProviderRegistryModule } from '@invataxi/providers';
import { ProcurementProcessor } from './procurement.processor';
import { procurementSystemProvider } from './procurement-system.provider';

/** The procurement fallback's worker side (issue 7): aggregation, submission, outcomes, release. */
@Module({
  imports: [ProviderRegistryModule],
  providers: [procurementSystemProvider, ProcurementProcessor],
  exports: [ProcurementProcessor],
})
export class ProcurementWorkerModule {}
