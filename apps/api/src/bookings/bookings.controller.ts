import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import {
  BookingService,
  NoShowService,
  type Allowance,
  type BookingView,
  type CreateBookingResult,
  type Page,
  type SeriesView,
} from '@invataxi/booking';
import { Idempotent } from '../http/idempotency';
import { RateLimit } from '../http/rate-limit';
import { toMobility } from '../beneficiaries/beneficiary.dto';
import {
  AllowanceQuery,
  CancelBookingDto,
  CancelSeriesDto,
  CreateBookingDto,
  PageQuery,
  SearchBookingsQuery,
} from './booking.dto';

/** HTTP over BookingService: maps the DTO to a command; the channel follows from the role. */
@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingService,
    private readonly noShows: NoShowService,
  ) {}

  @Post()
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  @RateLimit('bookings')
  create(
    @Body() body: CreateBookingDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<CreateBookingResult> {
    return this.bookings.create({
      actor: p,
      requestId: String(req.id),
      beneficiaryId: body.beneficiaryId,
      pickup: body.pickup,
      dropoff: body.dropoff,
      timeAnchor: body.timeAnchor,
      ...(body.time ? { time: new Date(body.time) } : {}),
      purpose: body.purpose,
      companions: body.companions,
      ...(body.mobility ? { mobility: toMobility(body.mobility) } : {}),
      notes: body.notes ?? null,
      ...(body.returnTrip
        ? {
            returnTrip: {
              timeAnchor: body.returnTrip.timeAnchor,
              ...(body.returnTrip.time ? { time: new Date(body.returnTrip.time) } : {}),
              ...(body.returnTrip.localTime ? { localTime: body.returnTrip.localTime } : {}),
              notes: body.returnTrip.notes ?? null,
            },
          }
        : {}),
      ...(body.recurrence ? { recurrence: body.recurrence } : {}),
    });
  }

  @Get('mine')
  @Roles('BENEFICIARY', 'GUARDIAN')
  mine(@Query() q: PageQuery, @CurrentPrincipal() p: Principal): Promise<Page<BookingView>> {
    return this.bookings.mine(p, q);
  }

  @Get('allowance')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  allowance(@Query() q: AllowanceQuery, @CurrentPrincipal() p: Principal): Promise<Allowance> {
    return this.bookings.allowance(p, q.beneficiaryId, q.month);
  }

  @Get()
  @Roles('DISPATCHER', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  search(@Query() q: SearchBookingsQuery, @CurrentPrincipal() p: Principal): Promise<Page<BookingView>> {
    return this.bookings.search(p, q);
  }

  @Get(':id')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER', 'PROVIDER_ADMIN', 'PORTAL')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() p: Principal): Promise<BookingView> {
    return this.bookings.get(p, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  @RateLimit('bookings')
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelBookingDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BookingView[]> {
    return this.bookings.cancel({
      actor: p,
      requestId: String(req.id),
      bookingId: id,
      expectedVersion: body.version,
      ...(body.scope ? { scope: body.scope } : {}),
    });
  }

  @Post('series/:id/cancel')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  cancelSeries(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelSeriesDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<{ series: SeriesView; cancelled: BookingView[] }> {
    return this.bookings.cancelSeries(p, id, body.fromDate, String(req.id));
  }

  @Post(':id/forgive-no-show')
  @HttpCode(200)
  @Idempotent()
  @Roles('LEB_OFFICER')
  forgive(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BookingView> {
    return this.noShows.forgive(p, id, String(req.id));
  }
}
