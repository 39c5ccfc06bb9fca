import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementRequestEntity, ProcurementSizingEntity } from '@invataxi/persistence';
import { DispatchModule } from '../dispatch/dispatch.module';
import { LotSizingProcessor } from './lot-sizing.processor';

/** The what-if simulator's worker side (issue 25, queue "whatif"): sizing a procurement lot. */
@Module({
  imports: [DispatchModule, TypeOrmModule.forFeature([ProcurementSizingEntity, ProcurementRequestEntity])],
  providers: [LotSizingProcessor],
  exports: [LotSizingProcessor],
})
export class WhatIfWorkerModule {}
