import { Module } from '@nestjs/common';
import { BookingCoreModule } from '@invataxi/booking';
import { DispatchConsoleModule } from '../dispatch/dispatch.module';
import { DriverController } from './driver.controller';
import { DriverService } from './driver.service';

/** The driver's app: manifest, status reports (with the booking feature's no-show rule), pings. */
@Module({
  imports: [BookingCoreModule, DispatchConsoleModule],
  controllers: [DriverController],
  providers: [DriverService],
})
export class DriverModule {}
