import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementRequestEntity, ProcurementSizingEntity } from '@invataxi/persistence';
import { DispatchModelModule } from '@invataxi/dispatch';
import { LotSizingProcessor } from './lot-sizing.processor';

/** The what-if simulator's worker side (issue 25, queue "whatif"): sizing a procurement lot. */
@Module({
  imports: [
    DispatchModelModule,
    TypeOrmModule.forFeature([ProcurementSizingEntity, ProcurementRequestEntity]),
  ],
  providers: [LotSizingProcessor],
  exports: [LotSizingProcessor],
})
export class WhatIfWorkerModule {}
