import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, SignedRequest, type Principal } from '@invataxi/auth';
import type { Language } from '@invataxi/domain';
import { Lang } from '../http/language';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@invataxi/procurement';
import {
  AlertsQuery,
  AttachSizingDto,
  CancelRequestDto,
  ListRequestsQuery,
  ResubmitRequestDto,
  ReviewRequestDto,
  StartSizingDto,
  SubmitRequestDto,
  UnmetDemandQuery,
} from './procurement.dto';
import { ProcurementAlertsService, type AlertView } from './procurement-alerts.service';
import { ProcurementCallbacksService } from './procurement-callbacks.service';
import { ProcurementReportsService, type UnmetDemandReport } from './procurement-reports.service';
import {
  ProcurementRequestsService,
  type RequestDetail,
  type RequestSummary,
} from './procurement-requests.service';
import { actorOf } from './procurement-scope';
import { ProcurementSizingService, type SizingView } from './procurement-sizing.service';

/** The procurement fallback for LEB officers (their region) and ministry analysts (read-only). */
@ApiTags('procurement')
@Controller('procurement')
export class ProcurementController {
  constructor(
    private readonly requests: ProcurementRequestsService,
    private readonly alerts: ProcurementAlertsService,
    private readonly reports: ProcurementReportsService,
    private readonly callbacks: ProcurementCallbacksService,
    private readonly sizing: ProcurementSizingService,
  ) {}

  /** Procurement requests of the caller's region, by status. */
  @Get('requests')
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  list(
    @CurrentPrincipal() p: Principal,
    @Query() q: ListRequestsQuery,
    @Lang() lang: Language,
  ): Promise<RequestSummary[]> {
    return this.requests.list(p, q, lang);
  }

  /** A procurement request with its history. */
  @Get('requests/:id')
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  detail(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Lang() lang: Language,
  ): Promise<RequestDetail> {
    return this.requests.detail(p, id, lang);
  }

  /**
   * Review a draft procurement request: its method, term and the lot's period (its trips and
   * budget recomputed at once); `version` guards concurrent edits.
   */
  @Patch('requests/:id')
  @Roles('LEB_OFFICER')
  review(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewRequestDto,
    @Lang() lang: Language,
  ): Promise<RequestSummary> {
    return this.requests.review(p, actorOf(p, req.id), id, dto, lang);
  }

  /** Submit a procurement request to the procurement system. */
  @Post('requests/:id/submit')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  submit(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitRequestDto,
  ): Promise<RequestSummary> {
    return this.requests.submit(p, actorOf(p, req.id), id, dto);
  }

  /** Cancel a procurement request. */
  @Post('requests/:id/cancel')
  @HttpCode(200)
  @Roles('LEB_OFFICER')
  cancel(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelRequestDto,
  ): Promise<RequestSummary> {
    return this.requests.cancel(p, actorOf(p, req.id), id, dto);
  }

  /** After a failed procurement: a new request with the failed one's figures and waiting rides, submitted at once. */
  @Post('requests/:id/resubmit')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  resubmit(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ResubmitRequestDto,
  ): Promise<RequestSummary> {
    return this.requests.resubmit(p, actorOf(p, req.id), id, dto);
  }

  /** Apply again an award that could not be applied, once its cause is fixed (e.g. the supplier reinstated). */
  @Post('requests/:id/retry-award')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  retryAward(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Lang() lang: Language,
  ): Promise<RequestSummary> {
    return this.requests.retryAward(p, actorOf(p, req.id), id, lang);
  }

  /**
   * "How many vehicles do we need to serve this demand at X% served" (issue 25): sizes a DRAFT's
   * lot on its waiting rides in the background (queue "whatif"); watch it with GET .../sizings.
   */
  @Post('requests/:id/sizings')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  startSizing(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: StartSizingDto,
    @Lang() lang: Language,
  ): Promise<SizingView> {
    return this.sizing.start(p, actorOf(p, req.id), id, dto, lang);
  }

  /** A request's sizing runs, newest first: progress, result in words, the one the lot carries. */
  @Get('requests/:id/sizings')
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  listSizings(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Lang() lang: Language,
  ): Promise<SizingView[]> {
    return this.sizing.list(p, id, lang);
  }

  /** The officer chooses a finished run for the lot: it replaces the one attached. */
  @Post('requests/:id/sizings/:sizingId/attach')
  @HttpCode(200)
  @Roles('LEB_OFFICER')
  attachSizing(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sizingId', ParseUUIDPipe) sizingId: string,
    @Body() dto: AttachSizingDto,
    @Lang() lang: Language,
  ): Promise<SizingView> {
    return this.sizing.attach(p, actorOf(p, req.id), id, sizingId, dto, lang);
  }

  /** Procurement alerts of the caller's region or provider, unacknowledged ones by default. */
  @Get('alerts')
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN')
  listAlerts(
    @CurrentPrincipal() p: Principal,
    @Query() q: AlertsQuery,
    @Lang() lang: Language,
  ): Promise<AlertView[]> {
    return this.alerts.list(p, q.open !== 'false', lang);
  }

  /** Acknowledge a procurement alert. */
  @Post('alerts/:id/acknowledge')
  @HttpCode(200)
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN')
  acknowledge(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Lang() lang: Language,
  ): Promise<AlertView> {
    return this.alerts.acknowledge(p, actorOf(p, req.id), id, lang);
  }

  /** Rides that waited or were refused for lack of vehicles, by region and need. */
  @Get('reports/unmet-demand')
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  unmetDemand(@CurrentPrincipal() p: Principal, @Query() q: UnmetDemandQuery): Promise<UnmetDemandReport> {
    return this.reports.unmetDemand(p, q);
  }

  /** The procurement system's signed callback: lot and status in the path, empty body. */
  @Post('callbacks/:lotId/:status')
  @HttpCode(202)
  @SignedRequest()
  @ApiSecurity('procurementSignature')
  callback(
    @Req() req: FastifyRequest,
    @Param('lotId') lotId: string,
    @Param('status') status: string,
    @Headers(TIMESTAMP_HEADER) timestamp?: string,
    @Headers(SIGNATURE_HEADER) signature?: string,
  ): Promise<{ accepted: true }> {
    return this.callbacks.receive({
      method: req.method,
      path: req.url.split('?')[0] ?? req.url,
      timestamp,
      signature,
      lotId,
      status,
      requestId: String(req.id),
    });
  }
}
