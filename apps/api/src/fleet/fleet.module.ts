import { Module } from '@nestjs/common';
import { DriversService } from './drivers.service';
import { FleetController } from './fleet.controller';
import { ShiftsService } from './shifts.service';
import { VehiclesService } from './vehicles.service';

@Module({
  controllers: [FleetController],
  providers: [VehiclesService, DriversService, ShiftsService],
  exports: [VehiclesService, DriversService, ShiftsService],
})
export class FleetModule {}
