import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import {
  BookingService,
  NoShowService,
  type Allowance,
  type BookingView,
  type ChangeResult,
  type CreateBookingResult,
  type Page,
  type SeriesView,
} from '@invataxi/booking';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, type Clock } from '@invataxi/domain';
import { ProcurementRequestsRepository, StatusAnomaliesRepository } from '@invataxi/persistence';
import { expectedServiceDateForBooking, providerChosenForBooking } from '@invataxi/procurement';
import { Idempotent, Keyed, type KeyedRequest } from '../http/idempotency';
import { RateLimit } from '../http/rate-limit';
import { RequestId } from '../http/request-id';
import { toMobility } from '../beneficiaries/beneficiary.dto';
import {
  AllowanceQuery,
  CancelBookingDto,
  ForgiveNoShowDto,
  CancelSeriesDto,
  ChangeBookingDto,
  CreateBookingDto,
  DecideNoShowDisputeDto,
  DisputeNoShowDto,
  PageQuery,
  SearchBookingsQuery,
} from './booking.dto';

/**
 * A rider's ride as their page shows it: with the date service is expected from in their area
 * while it waits for procurement (the date their message says), null otherwise.
 */
export interface RiderBookingView extends BookingView {
  expectedServiceDate: string | null;
  /**
   * The procurement for this ride is over: a supplier was awarded the lot and is starting (its
   * vehicles and shifts to come); the date above is then its service's start (walk t25 m1).
   */
  providerChosen: boolean;
  /**
   * ARRIVED reported far from the pick-up and not yet confirmed by a dispatcher: the page keeps
   * saying the vehicle is on its way, with the ETA (issue 18).
   */
  arrivalUnderReview: boolean;
}

/** HTTP over BookingService: maps the DTO to a command; the channel follows from the role. */
@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingService,
    private readonly noShows: NoShowService,
    private readonly procurement: ProcurementRequestsRepository,
    private readonly anomalies: StatusAnomaliesRepository,
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Book a ride (or a series, or a ride with its return); refused with reasons (422) when a rule says no. */
  @Post()
  // Everything of a booking is written by the transaction that answers (a refused attempt's
  // audit aside, written by each attempt not answered by another copy): the key is written
  // with the answer.
  @Idempotent('with-answer')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  @RateLimit('bookings')
  create(
    @Body() body: CreateBookingDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<CreateBookingResult> {
    return this.bookings.create(
      {
        actor: p,
        requestId,
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
      },
      keyed,
    );
  }

  /** The signed-in rider's (or guardian's wards') rides, newest first, a page at a time. */
  @Get('mine')
  @Roles('BENEFICIARY', 'GUARDIAN')
  async mine(@Query() q: PageQuery, @CurrentPrincipal() p: Principal): Promise<Page<RiderBookingView>> {
    const page = await this.bookings.mine(p, q);
    const rules = {
      escalationDays: this.config.PROCUREMENT_ESCALATION_DAYS,
      onboardingDays: this.config.PROCUREMENT_ONBOARDING_DAYS,
    };
    const items: RiderBookingView[] = [];
    const underReview = await this.anomalies.arrivalsUnderReview(
      this.ds.manager,
      page.items.filter((b) => b.status === 'ARRIVED').map((b) => b.id),
    );
    for (const b of page.items) {
      const requests =
        b.status === 'AWAITING_PROCUREMENT'
          ? await this.procurement.openRequestsOfBooking(this.ds.manager, b.id)
          : null;
      items.push({
        ...b,
        arrivalUnderReview: underReview.has(b.id),
        expectedServiceDate: requests
          ? expectedServiceDateForBooking(requests, rules, this.clock.now())
          : null,
        providerChosen: providerChosenForBooking(requests),
      });
    }
    return { ...page, items };
  }

  /** How many rides a person has left this month (or in the month given). */
  @Get('allowance')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  allowance(@Query() q: AllowanceQuery, @CurrentPrincipal() p: Principal): Promise<Allowance> {
    return this.bookings.allowance(p, q.beneficiaryId, q.month);
  }

  /** Rides in the caller's region or provider, filtered by day, status, region or provider. */
  @Get()
  @Roles('DISPATCHER', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  search(@Query() q: SearchBookingsQuery, @CurrentPrincipal() p: Principal): Promise<Page<BookingView>> {
    return this.bookings.search(p, q);
  }

  /**
   * The open no-show disputes to decide (issue 23), the oldest first, each with the rider, the
   * evidence and the deadline: of the LEB officer's region, of the region's dispatch centre's
   * (a provider's dispatcher is a party to the dispute: none is theirs to decide, an empty list).
   */
  @Get('no-show-disputes')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  openDisputes(@CurrentPrincipal() p: Principal): Promise<BookingView[]> {
    return this.noShows.openDisputes(p);
  }

  /** One ride, if the caller may see it. */
  @Get(':id')
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER', 'PROVIDER_ADMIN', 'PORTAL')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() p: Principal): Promise<BookingView> {
    return this.bookings.get(p, id);
  }

  /** Cancel a ride (or it and the following ones of its series); late cancellations are marked. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  @RateLimit('bookings')
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelBookingDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<BookingView[]> {
    return this.bookings.cancel({
      actor: p,
      requestId,
      keyed,
      bookingId: id,
      expectedVersion: body.version,
      ...(body.scope ? { scope: body.scope } : {}),
      ...(body.reason ? { reason: body.reason } : {}),
    });
  }

  /**
   * Change a ride's time or places (a ride not yet under way): it is replaced by a new ride under
   * the same checks as a booking (422 with the reasons when one fails; nothing changes then).
   */
  @Post(':id/change')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  @RateLimit('bookings')
  change(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeBookingDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<ChangeResult> {
    return this.bookings.change({
      actor: p,
      requestId,
      keyed,
      bookingId: id,
      expectedVersion: body.version,
      ...(body.time ? { time: new Date(body.time) } : {}),
      ...(body.pickup ? { pickup: body.pickup } : {}),
      ...(body.dropoff ? { dropoff: body.dropoff } : {}),
      ...(body.reason ? { reason: body.reason } : {}),
    });
  }

  /** End a recurring series from a date: the rides from then on are cancelled. */
  @Post('series/:id/cancel')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN', 'DISPATCHER', 'LEB_OFFICER')
  cancelSeries(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelSeriesDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ series: SeriesView; cancelled: BookingView[] }> {
    return this.bookings.cancelSeries(p, id, body.fromDate, requestId, keyed);
  }

  /**
   * Forgive a recorded no-show (it no longer counts towards a suspension), saying why (a code
   * kept with it: noShowForgivenReason).
   */
  @Post(':id/forgive-no-show')
  @HttpCode(200)
  @Idempotent()
  @Roles('LEB_OFFICER')
  forgive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ForgiveNoShowDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<BookingView> {
    return this.noShows.forgive(p, id, body.reason, requestId, keyed);
  }

  /**
   * The rider (or guardian) disputes a no-show, once, in their words: until it is decided the
   * no-show does not count towards a suspension (issue 23).
   */
  @Post(':id/no-show-dispute')
  @HttpCode(200)
  @Idempotent()
  @Roles('BENEFICIARY', 'GUARDIAN')
  dispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DisputeNoShowDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<BookingView> {
    return this.noShows.dispute(p, id, body.text, requestId, keyed);
  }

  /**
   * The LEB officer of the person's region or the region's dispatch centre (not a provider's
   * dispatcher) decides a disputed no-show: upheld forgives it; the suspension is recomputed.
   */
  @Post(':id/no-show-dispute/decision')
  @HttpCode(200)
  @Idempotent()
  @Roles('LEB_OFFICER', 'DISPATCHER')
  decideDispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecideNoShowDisputeDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<BookingView> {
    return this.noShows.decideDispute(
      p,
      id,
      { upheld: body.upheld, reason: body.reason ?? null, note: body.note ?? null },
      requestId,
      keyed,
    );
  }
}
