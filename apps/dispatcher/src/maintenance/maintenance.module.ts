import { Module } from '@nestjs/common';
import { Sweeper } from './sweeper';
import { OperationsRollupProcessor } from './operations-rollup.processor';

@Module({ providers: [Sweeper, OperationsRollupProcessor], exports: [Sweeper, OperationsRollupProcessor] })
export class MaintenanceModule {}
