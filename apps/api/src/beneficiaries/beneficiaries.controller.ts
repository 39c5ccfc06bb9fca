import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { Idempotent } from '../http/idempotency';
import { RateLimit } from '../http/rate-limit';
import {
  CreateBeneficiaryDto,
  LinkGuardianDto,
  ListBeneficiariesQuery,
  LookupBeneficiaryDto,
  UpdateBeneficiaryDto,
  toMobility,
} from './beneficiary.dto';
import {
  BeneficiaryService,
  type BeneficiarySummary,
  type BeneficiaryView,
  type Page,
} from './beneficiary.service';

@ApiTags('beneficiaries')
@ApiBearerAuth()
@Controller('beneficiaries')
export class BeneficiariesController {
  constructor(private readonly beneficiaries: BeneficiaryService) {}

  @Post()
  @Idempotent()
  @Roles('LEB_OFFICER', 'DISPATCHER')
  register(
    @Body() body: CreateBeneficiaryDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BeneficiaryView> {
    return this.beneficiaries.register(p, { ...body, mobility: toMobility(body.mobility) }, String(req.id));
  }

  @Get()
  @Roles('LEB_OFFICER', 'DISPATCHER')
  list(
    @Query() q: ListBeneficiariesQuery,
    @CurrentPrincipal() p: Principal,
  ): Promise<Page<BeneficiarySummary>> {
    return this.beneficiaries.list(p, q);
  }

  /** By IIN in the body, never in the URL (URLs end up in logs). */
  @Post('lookup')
  @HttpCode(200)
  @Roles('LEB_OFFICER', 'DISPATCHER')
  @RateLimit('lookup')
  lookup(
    @Body() body: LookupBeneficiaryDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BeneficiarySummary> {
    return this.beneficiaries.lookup(p, body.iin, String(req.id));
  }

  @Get('wards')
  @Roles('GUARDIAN')
  wards(@CurrentPrincipal() p: Principal): Promise<BeneficiarySummary[]> {
    return this.beneficiaries.wards(p);
  }

  @Get(':id')
  @Roles('BENEFICIARY', 'GUARDIAN', 'LEB_OFFICER', 'DISPATCHER')
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BeneficiaryView> {
    return this.beneficiaries.get(p, id, String(req.id));
  }

  @Patch(':id')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateBeneficiaryDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<BeneficiaryView> {
    const { mobility, ...rest } = body;
    return this.beneficiaries.update(
      p,
      id,
      { ...rest, ...(mobility ? { mobility: toMobility(mobility) } : {}) },
      String(req.id),
    );
  }

  @Post(':id/guardians')
  @Idempotent()
  @Roles('LEB_OFFICER')
  linkGuardian(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LinkGuardianDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<{ guardianUserId: string; beneficiaryId: string }> {
    return this.beneficiaries.linkGuardian(p, id, body, String(req.id));
  }

  @Delete(':id/guardians/:userId')
  @HttpCode(204)
  @Roles('LEB_OFFICER')
  async unlinkGuardian(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.beneficiaries.unlinkGuardian(p, id, userId, String(req.id));
  }

  /** The app_user the person signs in as (token sub); the same one on a second call. */
  @Post(':id/sign-in-user')
  @Idempotent()
  @Roles('LEB_OFFICER')
  signInUser(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<{ userId: string; role: 'BENEFICIARY'; beneficiaryId: string }> {
    return this.beneficiaries.ensureSignInUser(p, id, String(req.id));
  }
}
