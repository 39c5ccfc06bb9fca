import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SignedRequest } from '@invataxi/auth';
import { DomainError, type JsonValue } from '@invataxi/domain';
import { RateLimit } from '../http/rate-limit';
import { BillingActPayments } from '@invataxi/portal';
import { BillingActsRepository } from '@invataxi/persistence';
import { PortalInbox } from './portal-inbox';
import { PortalOrderService } from './portal-order.service';
import {
  PORTAL_ORDER_ID,
  PortalCancelDto,
  PortalOrderDto,
  PortalOrderAnswer,
  PortalPaymentAnswer,
  PortalPaymentDto,
  type PortalOrderStatus,
} from './portal-orders.dto';
import { PortalSignatureGuard, portalEventOf, type SignedPortalRequest } from './portal-signature.guard';

function orderIdOf(raw: string): string {
  if (!PORTAL_ORDER_ID.test(raw)) throw DomainError.validation([{ field: 'orderId', code: 'MALFORMED' }]);
  return raw;
}

/**
 * What the Social Services Portal sends us (contract: libs/portal/openapi.json). Every request
 * is signed (PortalSignatureGuard) and carries an event id; each event is answered once and a
 * replay gets the first answer (PortalInbox).
 */
@ApiTags('portal')
@ApiHeader({ name: 'X-Portal-Key-Id', required: true })
@ApiHeader({ name: 'X-Portal-Timestamp', required: true, description: 'Unix seconds; at most 5 minutes off' })
@ApiHeader({
  name: 'X-Portal-Event-Id',
  required: true,
  description: 'Accepted once; a replay gets the first answer',
})
@ApiHeader({
  name: 'X-Portal-Signature',
  required: true,
  description: 'hex HMAC-SHA256, see libs/portal/SIGNING.md',
})
@ApiSecurity('portalSignature')
@Controller('portal/v1')
@UseGuards(PortalSignatureGuard)
export class PortalInboundController {
  constructor(
    private readonly orders: PortalOrderService,
    private readonly inbox: PortalInbox,
    private readonly payments: BillingActPayments,
    private readonly acts: BillingActsRepository,
  ) {}

  /** An order: creates or updates the beneficiary and books the ride (201), or refuses with reason codes (422). */
  @Post('orders')
  @SignedRequest()
  @RateLimit('portal')
  // The inbox keeps each answer as JSON to replay it: what this one holds is said here.
  @ApiCreatedResponse({
    type: PortalOrderAnswer,
    description: 'Booked; 200 with the same body: already booked',
  })
  async order(
    @Body() dto: PortalOrderDto,
    @Req() req: SignedPortalRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JsonValue> {
    const out = await this.orders.receive(portalEventOf(req), dto, String(req.id));
    void reply.status(out.status);
    return out.body;
  }

  /** Where an order stands: its booking's status, times and every status it passed through. */
  @Get('orders/:orderId')
  @SignedRequest()
  @RateLimit('portal')
  async status(@Param('orderId') orderId: string): Promise<PortalOrderStatus> {
    return this.orders.status(orderIdOf(orderId));
  }

  /** The Portal cancels an order it sent. */
  @Post('orders/:orderId/cancel')
  @SignedRequest()
  @RateLimit('portal')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalOrderAnswer, description: 'Cancelled (or already cancelled)' })
  async cancel(
    @Param('orderId') orderId: string,
    @Body() dto: PortalCancelDto,
    @Req() req: SignedPortalRequest,
  ): Promise<JsonValue> {
    const out = await this.orders.cancel(portalEventOf(req), orderIdOf(orderId), dto, String(req.id));
    return out.body;
  }

  /** The Portal's payment decision on a submitted billing act (the poll records the same). */
  @Post('billing-acts/:actId/payment')
  @SignedRequest()
  @RateLimit('portal')
  @HttpCode(200)
  @ApiOkResponse({ type: PortalPaymentAnswer, description: 'Recorded' })
  async payment(
    @Param('actId', ParseUUIDPipe) actId: string,
    @Body() dto: PortalPaymentDto,
    @Req() req: SignedPortalRequest,
  ): Promise<JsonValue> {
    const out = await this.inbox.handle(
      portalEventOf(req),
      { userId: null, role: 'PORTAL', requestId: String(req.id) },
      async (uow) => {
        await this.payments.record(uow, actId, {
          reference: dto.reference,
          status: dto.status,
          reason: dto.reason ?? null,
          paidAt: dto.paidAt ?? null,
        });
        const status = (await this.acts.statusOf(uow.manager, actId)) ?? 'UNKNOWN';
        return { status: 200, body: { actId, status } };
      },
    );
    return out.body;
  }
}
