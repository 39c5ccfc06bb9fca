import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementRequestEntity, ProcurementSizingEntity } from '@invataxi/persistence';
import { DispatchModule } from '../dispatch/dispatch.module';
import { LotSizingProcessor } from './lot-sizing.processor';
import { WhatIfProcessor } from './whatif.processor';

/**
 * The what-if simulator's worker side (issue 25, queue "whatif"): the officer's stored scenarios
 * (WhatIfProcessor, item 1) and sizing a procurement lot (LotSizingProcessor, item 2).
 */
@Module({
  imports: [DispatchModule, TypeOrmModule.forFeature([ProcurementSizingEntity, ProcurementRequestEntity])],
  providers: [LotSizingProcessor, WhatIfProcessor],
  exports: [LotSizingProcessor, WhatIfProcessor],
})
export class WhatIfWorkerModule {}
