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
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { Idempotent, Keyed, type KeyedRequest } from '../http/idempotency';
import { RateLimit } from '../http/rate-limit';
import { RequestId } from '../http/request-id';
import {
  CreateBeneficiaryDto,
  LinkGuardianDto,
  ListBeneficiariesQuery,
  LookupBeneficiaryDto,
  SearchBeneficiariesQuery,
  UpdateBeneficiaryDto,
  toMobility,
} from './beneficiary.dto';
import {
  BeneficiaryService,
  type BeneficiarySummary,
  type BeneficiaryView,
  type GuardianView,
  type Page,
} from './beneficiary.service';

@ApiTags('beneficiaries')
@Controller('beneficiaries')
export class BeneficiariesController {
  constructor(private readonly beneficiaries: BeneficiaryService) {}

  /** Register a person entitled to the service (the IIN is checked and stored encrypted). */
  @Post()
  @Idempotent()
  @Roles('LEB_OFFICER', 'DISPATCHER')
  register(
    @Body() body: CreateBeneficiaryDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<BeneficiaryView> {
    return this.beneficiaries.register(p, { ...body, mobility: toMobility(body.mobility) }, requestId, keyed);
  }

  /** The region's registered people, a page at a time. */
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
    @RequestId() requestId: string,
  ): Promise<BeneficiarySummary> {
    return this.beneficiaries.lookup(p, body.iin, requestId);
  }

  /** Find a caller by part of their name or their phone number, within the caller's scope (at most 20). */
  @Get('search')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  @RateLimit('lookup')
  search(
    @Query() q: SearchBeneficiariesQuery,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<{ items: BeneficiarySummary[] }> {
    return this.beneficiaries.search(p, q.q, requestId);
  }

  /** The people the signed-in guardian may book for. */
  @Get('wards')
  @Roles('GUARDIAN')
  wards(@CurrentPrincipal() p: Principal): Promise<BeneficiarySummary[]> {
    return this.beneficiaries.wards(p);
  }

  /** A person's profile (a rider: their own; a guardian: a ward's). */
  @Get(':id')
  @Roles('BENEFICIARY', 'GUARDIAN', 'LEB_OFFICER', 'DISPATCHER')
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BeneficiaryView> {
    return this.beneficiaries.get(p, id, requestId);
  }

  /** Change a person's profile (mobility, contact, opt-outs); `version` guards concurrent edits. */
  @Patch(':id')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateBeneficiaryDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BeneficiaryView> {
    const { mobility, ...rest } = body;
    return this.beneficiaries.update(
      p,
      id,
      { ...rest, ...(mobility ? { mobility: toMobility(mobility) } : {}) },
      requestId,
    );
  }

  /** The person's guardians (name, phone, since when), for staff whose scope covers the person. */
  @Get(':id/guardians')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  guardians(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<{ items: GuardianView[] }> {
    return this.beneficiaries.guardians(p, id, requestId);
  }

  /** Let a guardian book and follow rides for the person. */
  @Post(':id/guardians')
  @Idempotent()
  @Roles('LEB_OFFICER')
  linkGuardian(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LinkGuardianDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ guardianUserId: string; beneficiaryId: string }> {
    return this.beneficiaries.linkGuardian(p, id, body, requestId, keyed);
  }

  /** End a guardian's link to the person. */
  @Delete(':id/guardians/:userId')
  @HttpCode(204)
  @Roles('LEB_OFFICER')
  async unlinkGuardian(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<void> {
    await this.beneficiaries.unlinkGuardian(p, id, userId, requestId);
  }

  /** The app_user the person signs in as (token sub); the same one on a second call. */
  @Post(':id/sign-in-user')
  @Idempotent()
  @Roles('LEB_OFFICER')
  signInUser(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<{ userId: string; role: 'BENEFICIARY'; beneficiaryId: string }> {
    return this.beneficiaries.ensureSignInUser(p, id, requestId, keyed);
  }
}
