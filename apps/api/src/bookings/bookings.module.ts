import { Module } from '@nestjs/common';
import { BookingCoreModule } from '@invataxi/booking';
import { BookingsController } from './bookings.controller';

@Module({ imports: [BookingCoreModule], controllers: [BookingsController] })
export class BookingsModule {}
