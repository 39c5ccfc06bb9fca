import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlanRunEntity } from '@invataxi/persistence';
import { DispatchModule } from '../dispatch/dispatch.module';
import { PlanningProcessor } from './planning.processor';

@Module({
  imports: [DispatchModule, TypeOrmModule.forFeature([PlanRunEntity])],
  providers: [PlanningProcessor],
  exports: [PlanningProcessor],
})
export class PlanningModule {}
