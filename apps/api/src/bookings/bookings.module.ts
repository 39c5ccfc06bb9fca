import { Module } from '@nestjs/common';
import { BookingCoreModule } from './booking-core.module';
import { BookingsController } from './bookings.controller';

@Module({ imports: [BookingCoreModule], controllers: [BookingsController] })
export class BookingsModule {}
