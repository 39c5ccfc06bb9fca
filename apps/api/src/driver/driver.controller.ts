import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { DriverMissedDto, DriverStatusDto, LocationDto } from './driver.dto';
import { DriverService, type Eta, type Manifest } from './driver.service';

@ApiTags('driver')
@Controller('driver')
export class DriverController {
  constructor(private readonly drivers: DriverService) {}

  /** The signed-in driver's shift today: stops in order with what each rider needs. */
  @Get('manifest')
  @Roles('DRIVER')
  manifest(@CurrentPrincipal() p: Principal): Promise<Manifest> {
    return this.drivers.manifest(p);
  }

  /** The driver reports a ride's progress (en route, arrived, on board, completed, no-show). */
  @Post('bookings/:id/status')
  @HttpCode(200)
  @Roles('DRIVER')
  status(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DriverStatusDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ bookingId: string; status: string; version: number }> {
    return this.drivers.report(p, id, body.status, body.expectedVersion);
  }

  /**
   * The driver could not pick the rider up for a reason on the provider's side (the address
   * could not be reached, the vehicle was late, a vehicle problem): the ride is cancelled with
   * that reason and never counts against the rider. Only while the ride is en route or arrived.
   */
  @Post('bookings/:id/missed')
  @HttpCode(200)
  @Roles('DRIVER')
  missed(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DriverMissedDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ bookingId: string; status: string; version: number }> {
    return this.drivers.missed(p, id, body.reason, body.expectedVersion);
  }

  /** The vehicle's position; answers the ETAs of the stops ahead. */
  @Post('location')
  @HttpCode(200)
  @Roles('DRIVER')
  location(
    @Body() body: LocationDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ shiftId: string; etas: Eta[] }> {
    return this.drivers.position(p, body.lat, body.lon);
  }
}
