import { Module } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { BookingPlacer } from './booking-placer';
import { DispatchJobs } from './dispatch-jobs';
import { DispatchProcessor } from './dispatch.processor';
import { createTravelTimeProvider, DispatchModelModule, TRAVEL_TIME } from '@invataxi/dispatch';

@Module({
  imports: [DispatchModelModule],
  providers: [
    { provide: TRAVEL_TIME, useFactory: (c: AppConfig) => createTravelTimeProvider(c), inject: [CONFIG] },
    BookingPlacer,
    DispatchJobs,
    DispatchProcessor,
  ],
  exports: [DispatchModelModule, TRAVEL_TIME, DispatchProcessor],
})
export class DispatchModule {}
