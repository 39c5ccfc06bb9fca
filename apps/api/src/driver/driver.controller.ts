import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { DriverStatusDto, LocationDto } from './driver.dto';
import { DriverService, type Eta, type Manifest } from './driver.service';

@ApiTags('driver')
@ApiBearerAuth()
@Controller('driver')
export class DriverController {
  constructor(private readonly drivers: DriverService) {}

  @Get('manifest')
  @Roles('DRIVER')
  manifest(@CurrentPrincipal() p: Principal): Promise<Manifest> {
    return this.drivers.manifest(p);
  }

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
