import { Module } from '@nestjs/common';
import { DispatchModule } from '../dispatch/dispatch.module';
import { PlanningProcessor } from './planning.processor';

@Module({ imports: [DispatchModule], providers: [PlanningProcessor], exports: [PlanningProcessor] })
export class PlanningModule {}
