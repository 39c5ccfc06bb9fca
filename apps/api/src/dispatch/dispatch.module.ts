import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { createTravelTimeProvider, DispatchModelModule, TRAVEL_TIME } from '@invataxi/dispatch';
import { PlanRunEntity } from '@invataxi/persistence';
import { AssignmentService } from './assignment.service';
import { BoardService } from './board.service';
import { DispatchController } from './dispatch.controller';
import { LiveController } from './live.controller';
import { LiveEvents } from './live-events';
import { PlanService } from './plan.service';
import { StatusFlagsController } from './status-flags.controller';
import { StatusFlagsService } from './status-flags.service';

/** The dispatcher console and the live event streams. */
@Module({
  imports: [DispatchModelModule, TypeOrmModule.forFeature([PlanRunEntity])],
  controllers: [DispatchController, LiveController, StatusFlagsController],
  providers: [
    { provide: TRAVEL_TIME, useFactory: (c: AppConfig) => createTravelTimeProvider(c), inject: [CONFIG] },
    LiveEvents,
    BoardService,
    AssignmentService,
    PlanService,
    StatusFlagsService,
  ],
  exports: [DispatchModelModule, LiveEvents, TRAVEL_TIME],
})
export class DispatchConsoleModule {}
