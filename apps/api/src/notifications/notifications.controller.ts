import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiEventStream } from '../openapi/decorators';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, SignedRequest, type Principal } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import { DELIVERY_REPORT_PATH } from '@invataxi/notifications';
import { DeliveryReportSignatureGuard } from './delivery-report.guard';
import {
  BookingNotificationsQuery,
  DeliveryReportDto,
  MineQuery,
  NotificationPreferencesDto,
  StreamQuery,
  type DeliveryView,
  type InAppNotificationView,
  type PreferencesView,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';
import { EventStreams } from '../http/event-streams';

/** Keeps proxies from closing an idle stream. */

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly service: NotificationsService,
    private readonly streams: EventStreams,
  ) {}

  /** Dispatcher's view: every message about a booking and how its delivery went. */
  @Get()
  @Roles('DISPATCHER', 'LEB_OFFICER')
  forBooking(
    @Query() q: BookingNotificationsQuery,
    @CurrentPrincipal() p: Principal,
  ): Promise<DeliveryView[]> {
    return this.service.forBooking(p, q.bookingId);
  }

  /** Send a FAILED message again, once its cause is fixed. */
  @Post(':id/resend')
  @HttpCode(202)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  resend(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ id: string; status: string }> {
    return this.service.resend(p, id);
  }

  /** The caller's in-app messages, newest first (rider: own; guardian: addressed to them). */
  @Get('mine')
  @Roles('BENEFICIARY', 'GUARDIAN')
  mine(@Query() q: MineQuery, @CurrentPrincipal() p: Principal): Promise<InAppNotificationView[]> {
    return this.service.mine(p, q);
  }

  /** Mark an in-app message read. */
  @Post(':id/read')
  @HttpCode(200)
  @Roles('BENEFICIARY', 'GUARDIAN')
  markRead(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ id: string; readAt: Date }> {
    return this.service.markRead(p, id);
  }

  /** Opt out of (or back into) SMS or in-app messages; whether guardians are told too. */
  @Put('preferences')
  @Roles('BENEFICIARY', 'GUARDIAN')
  preferences(
    @Body() dto: NotificationPreferencesDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PreferencesView> {
    return this.service.setPreferences(p, dto);
  }

  /**
   * Server-sent events: each new in-app message as `event: notification`, and each change of
   * the rider's bookings as `event: booking` (id, status, version). The lists are the truth;
   * the stream tells the rider's page when to read them again.
   */
  @Get('stream')
  @ApiEventStream("`notification` per new in-app message, `booking` per change of the rider's bookings")
  @Roles('BENEFICIARY', 'GUARDIAN')
  async live(
    @Query() q: StreamQuery,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // EventSource always asks for an event stream; anything else (a plain GET, a crawler, a
    // test walking every route) gets an answer instead of a connection held open.
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/event-stream'))
      throw DomainError.validation([{ field: 'accept', code: 'MUST_ACCEPT_EVENT_STREAM' }]);
    const rider = await this.service.riderChannel(p, q.beneficiaryId);
    await this.streams.stream(req, reply, {
      channel: this.service.streamChannel(p),
      event: 'notification',
      retryMs: 5000,
      ...(rider ? { also: [{ channel: rider, event: 'booking' }] } : {}),
    });
  }
}

/** The SMS gateway's delivery reports: no token, a signature (see delivery-report.ts). */
@ApiTags('notifications')
@Controller()
export class DeliveryReportController {
  constructor(private readonly service: NotificationsService) {}

  /** The SMS gateway's signed delivery report for a message. */
  @Post(DELIVERY_REPORT_PATH.slice(1))
  @HttpCode(200)
  @SignedRequest()
  @ApiSecurity('smsGatewaySignature')
  @UseGuards(DeliveryReportSignatureGuard)
  report(@Body() dto: DeliveryReportDto): Promise<{ id: string; status: string }> {
    return this.service.deliveryReport(dto);
  }
}
