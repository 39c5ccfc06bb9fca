import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { actorOf } from '@invataxi/providers';
import { ChangeDriverStatusDto, CreateDriverDto, UpdateDriverDto } from './drivers.dto';
import { DriversService, type DriverView } from './drivers.service';
import {
  CancelShiftDto,
  ChangeShiftDto,
  CreateShiftDto,
  CreateShiftPatternDto,
  ShiftQueryDto,
} from './shifts.dto';
import { ShiftsService, type ShiftView, type ShiftWithRides } from './shifts.service';
import { ChangeVehicleStatusDto, CreateVehicleDto, FleetQueryDto, UpdateVehicleDto } from './vehicles.dto';
import { VehiclesService, type VehicleView } from './vehicles.service';

/**
 * A provider's fleet: its admin changes it; its dispatchers, and the region's officer or
 * dispatch centre (naming the provider), read it. Scope is checked in the services.
 */
@ApiTags('fleet')
@Controller('fleet')
export class FleetController {
  constructor(
    private readonly vehicles: VehiclesService,
    private readonly drivers: DriversService,
    private readonly shifts: ShiftsService,
  ) {}

  /** Register a vehicle of the caller's provider. */
  @Post('vehicles')
  @Roles('PROVIDER_ADMIN')
  async createVehicle(
    @Body() dto: CreateVehicleDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<VehicleView> {
    return this.vehicles.create(p, actorOf(p, req.id), {
      plate: dto.plate,
      model: dto.model,
      seats: dto.seats,
      wheelchairPlaces: dto.wheelchairPlaces,
      alternativeLayouts: (dto.alternativeLayouts ?? []).map((l) => ({
        seats: l.seats,
        wheelchairPlaces: l.wheelchairPlaces,
      })),
      hasRamp: dto.hasRamp ?? false,
      hasLift: dto.hasLift ?? false,
      hasRestraints: dto.hasRestraints ?? false,
    });
  }

  /** The vehicles of a provider (the caller's, or one in the caller's region). */
  @Get('vehicles')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async listVehicles(@Query() q: FleetQueryDto, @CurrentPrincipal() p: Principal): Promise<VehicleView[]> {
    return this.vehicles.list(p, q.providerId);
  }

  /** One vehicle. */
  @Get('vehicles/:id')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async getVehicle(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<VehicleView> {
    return this.vehicles.get(p, id);
  }

  /** Change a vehicle's plate, layout or features. */
  @Patch('vehicles/:id')
  @Roles('PROVIDER_ADMIN')
  async updateVehicle(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateVehicleDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<VehicleView & { sentBackToDispatch: string[] }> {
    const { alternativeLayouts, ...rest } = dto;
    return this.vehicles.update(p, actorOf(p, req.id), id, {
      ...rest,
      ...(alternativeLayouts
        ? {
            alternativeLayouts: alternativeLayouts.map((l) => ({
              seats: l.seats,
              wheelchairPlaces: l.wheelchairPlaces,
            })),
          }
        : {}),
    });
  }

  /** Out of service sends the rides planned on its shifts back to dispatch. */
  @Post('vehicles/:id/status')
  @HttpCode(200)
  @Roles('PROVIDER_ADMIN')
  async changeVehicleStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeVehicleStatusDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<VehicleView & { sentBackToDispatch: string[] }> {
    return this.vehicles.changeStatus(p, actorOf(p, req.id), id, dto.status, dto.reason ?? null);
  }

  /** Register a driver of the caller's provider (and the user they sign in as). */
  @Post('drivers')
  @Roles('PROVIDER_ADMIN')
  async createDriver(
    @Body() dto: CreateDriverDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<DriverView & { userId: string }> {
    return this.drivers.create(p, actorOf(p, req.id), {
      fullName: dto.fullName,
      licenceNumber: dto.licenceNumber,
      ...(dto.licenceValidUntil ? { licenceValidUntil: dto.licenceValidUntil } : {}),
      phone: dto.phone,
      ...(dto.language ? { language: dto.language } : {}),
    });
  }

  /** The drivers of a provider. */
  @Get('drivers')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async listDrivers(@Query() q: FleetQueryDto, @CurrentPrincipal() p: Principal): Promise<DriverView[]> {
    return this.drivers.list(p, q.providerId);
  }

  /** One driver. */
  @Get('drivers/:id')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async getDriver(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<DriverView> {
    return this.drivers.get(p, id);
  }

  /** Correct a driver's record or renew the licence (number and validity). */
  @Patch('drivers/:id')
  @Roles('PROVIDER_ADMIN')
  async updateDriver(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDriverDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<DriverView> {
    return this.drivers.update(p, actorOf(p, req.id), id, dto);
  }

  /** Activate or deactivate a driver; an inactive driver's planned rides go back to dispatch. */
  @Post('drivers/:id/status')
  @HttpCode(200)
  @Roles('PROVIDER_ADMIN')
  async changeDriverStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeDriverStatusDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<DriverView & { sentBackToDispatch: string[] }> {
    return this.drivers.changeStatus(p, actorOf(p, req.id), id, dto.status);
  }

  /** Plan a shift: a vehicle and a driver from a start to an end time and place. */
  @Post('shifts')
  @Roles('PROVIDER_ADMIN')
  async createShift(
    @Body() dto: CreateShiftDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ShiftView> {
    return this.shifts.create(p, actorOf(p, req.id), {
      vehicleId: dto.vehicleId,
      driverId: dto.driverId,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      start: { lat: dto.start.lat, lon: dto.start.lon },
      end: { lat: dto.end.lat, lon: dto.end.lon },
      startKato: dto.startKato,
    });
  }

  /**
   * A repeating pattern: one shift on each chosen weekday between two dates (at most 8 weeks),
   * all added or none.
   */
  @Post('shifts/pattern')
  @Roles('PROVIDER_ADMIN')
  async createShiftPattern(
    @Body() dto: CreateShiftPatternDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<{ shifts: ShiftView[] }> {
    return this.shifts.createPattern(p, actorOf(p, req.id), {
      vehicleId: dto.vehicleId,
      driverId: dto.driverId,
      from: dto.from,
      to: dto.to,
      weekdays: dto.weekdays,
      startTime: dto.startTime,
      endTime: dto.endTime,
      start: { lat: dto.start.lat, lon: dto.start.lon },
      end: { lat: dto.end.lat, lon: dto.end.lon },
      startKato: dto.startKato,
    });
  }

  /** The shifts of a provider over a period (a week by default), each with the rides it carries. */
  @Get('shifts')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async listShifts(@Query() q: ShiftQueryDto, @CurrentPrincipal() p: Principal): Promise<ShiftWithRides[]> {
    return this.shifts.list(p, {
      ...(q.providerId ? { providerId: q.providerId } : {}),
      ...(q.from ? { from: new Date(q.from) } : {}),
      ...(q.to ? { to: new Date(q.to) } : {}),
    });
  }

  /** One shift. */
  @Get('shifts/:id')
  @Roles('PROVIDER_ADMIN', 'DISPATCHER', 'LEB_OFFICER')
  async getShift(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<ShiftView> {
    return this.shifts.get(p, id);
  }

  /**
   * Change a planned shift's hours, vehicle or driver, under the checks of a new shift; only while
   * it carries no ride (409 SHIFT_CARRIES_RIDES: cancel it with a reason and add another).
   */
  @Post('shifts/:id/change')
  @HttpCode(200)
  @Roles('PROVIDER_ADMIN')
  async changeShift(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeShiftDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ShiftView> {
    return this.shifts.change(p, actorOf(p, req.id), id, {
      version: dto.version,
      vehicleId: dto.vehicleId,
      driverId: dto.driverId,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
    });
  }

  /** Cancelling sends the rides planned on it back to dispatch. */
  @Post('shifts/:id/cancel')
  @HttpCode(200)
  @Roles('PROVIDER_ADMIN')
  async cancelShift(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelShiftDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ShiftView & { sentBackToDispatch: string[] }> {
    return this.shifts.cancel(p, actorOf(p, req.id), id, dto.reason);
  }
}
