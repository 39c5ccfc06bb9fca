import { Module } from '@nestjs/common';
import { BookingCoreModule } from '@invataxi/booking';
import { SeriesProcessor } from './series.processor';

/**
 * Recurring series. The booking use cases are @invataxi/booking (one set of use cases for API
 * and worker, as in novu); they need only the platform's globals.
 */
@Module({ imports: [BookingCoreModule], providers: [SeriesProcessor], exports: [SeriesProcessor] })
export class SeriesModule {}
