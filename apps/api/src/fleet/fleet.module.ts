import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DriverEntity, ProviderEntity, ShiftEntity, VehicleEntity } from '@invataxi/persistence';
import { DispatchConsoleModule } from '../dispatch/dispatch.module';
import { DriversService } from './drivers.service';
import { FleetController } from './fleet.controller';
import { ShiftsService } from './shifts.service';
import { VehiclesService } from './vehicles.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DriverEntity, ProviderEntity, ShiftEntity, VehicleEntity]),
    DispatchConsoleModule,
  ],
  controllers: [FleetController],
  providers: [VehiclesService, DriversService, ShiftsService],
  exports: [VehiclesService, DriversService, ShiftsService],
})
export class FleetModule {}
