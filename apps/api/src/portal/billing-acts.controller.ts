import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../openapi/decorators';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import type { Language } from '@invataxi/domain';
import { attachment, XLSX } from '../http/xlsx';
import { Lang } from '../http/language';
import { actCsv, actFileName, actXlsx } from './billing-act.export';
import { BillingActService, type BillingActView } from './billing-act.service';
import {
  ApproveBillingActDto,
  BillingActQuery,
  CorrectBillingActDto,
  ExportQuery,
  GenerateBillingActDto,
} from './billing-acts.dto';
import { RequestId } from '../http/request-id';

/** Monthly acts for payment through the Portal: generated, reviewed and approved by the region's LEB officer. */
@ApiTags('billing-acts')
@Controller('billing-acts')
export class BillingActsController {
  constructor(private readonly acts: BillingActService) {}

  /** (Re)computes the act of a provider, region and month from the rides; a DRAFT until approved. */
  @Post()
  @Roles('LEB_OFFICER')
  async generate(
    @Body() dto: GenerateBillingActDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BillingActView> {
    return this.acts.generate(p, dto, requestId);
  }

  /** Billing acts by provider, region and month. */
  @Get()
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN', 'MINISTRY_ANALYST')
  async list(@Query() q: BillingActQuery, @CurrentPrincipal() p: Principal): Promise<BillingActView[]> {
    return this.acts.list(p, q);
  }

  /** One billing act with its lines. */
  @Get(':id')
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN', 'MINISTRY_ANALYST')
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<BillingActView> {
    return this.acts.get(p, id);
  }

  /** Approval submits the act to the Portal (SubmitBillingAct job). */
  @Post(':id/approve')
  @HttpCode(200)
  @Roles('LEB_OFFICER')
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApproveBillingActDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BillingActView> {
    return this.acts.approve(p, id, dto.version, requestId);
  }

  /**
   * Corrects an issued act (submitted, paid or rejected): a new DRAFT version recomputed from the
   * rides, superseding this one once approved; this one stays readable as it was issued.
   */
  @Post(':id/corrections')
  @Roles('LEB_OFFICER')
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CorrectBillingActDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BillingActView> {
    return this.acts.correct(p, id, dto, requestId);
  }

  /** A billing act as an XLSX or CSV file. */
  @Get(':id/export')
  @ApiFile(XLSX, 'text/csv')
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN', 'MINISTRY_ANALYST')
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ExportQuery,
    @CurrentPrincipal() p: Principal,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const act = await this.acts.get(p, id);
    const body = q.format === 'csv' ? actCsv(act) : await actXlsx(act, lang);
    void reply
      .header('content-type', q.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
      .header('content-disposition', attachment(actFileName(act, lang), q.format));
    return body;
  }
}
