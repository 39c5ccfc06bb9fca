import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlanRunEntity } from '@invataxi/persistence';
import { DispatchModule } from '../dispatch/dispatch.module';
import { DayPlanner } from './day-planner';
import { PlanningProcessor } from './planning.processor';

@Module({
  imports: [DispatchModule, TypeOrmModule.forFeature([PlanRunEntity])],
  providers: [DayPlanner, PlanningProcessor],
  exports: [PlanningProcessor],
})
export class PlanningModule {}
