import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { InForceQuery, PreviewPolicyDto, PublishPolicyDto } from './policies.dto';
import {
  PolicyService,
  type PolicyInForceView,
  type PolicyPreview,
  type PolicyVersionView,
} from './policies.service';
import { Idempotent, Keyed, type KeyedRequest } from '../http/idempotency';
import { RequestId } from '../http/request-id';

@ApiTags('policies')
@Controller('regions/:kato/policies')
export class PoliciesController {
  constructor(private readonly policies: PolicyService) {}

  /** A new effective-dated version (never an edit of an old one). */
  @Post()
  @Idempotent()
  @Roles('LEB_OFFICER')
  publish(
    @Param('kato') kato: string,
    @Body() body: PublishPolicyDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Keyed() keyed: KeyedRequest | undefined,
  ): Promise<PolicyVersionView> {
    return this.policies.publish(p, kato, body, requestId, keyed);
  }

  /** Every published version of the region's service policy, newest first. */
  @Get()
  @Roles('LEB_OFFICER', 'DISPATCHER', 'PROVIDER_ADMIN', 'MINISTRY_ANALYST')
  list(@Param('kato') kato: string): Promise<PolicyVersionView[]> {
    return this.policies.list(kato);
  }

  /** The rules that apply at a moment (default now): public facts of the service, no personal data. */
  @Get('in-force')
  @Roles(
    'LEB_OFFICER',
    'DISPATCHER',
    'PROVIDER_ADMIN',
    'MINISTRY_ANALYST',
    'BENEFICIARY',
    'GUARDIAN',
    'PORTAL',
  )
  inForce(@Param('kato') kato: string, @Query() q: InForceQuery): Promise<PolicyInForceView> {
    return this.policies.inForce(kato, q.at ? new Date(q.at) : undefined);
  }

  /** The diff of a draft against the version in force; writes nothing. */
  @Post('preview')
  @HttpCode(200)
  @Roles('LEB_OFFICER')
  preview(
    @Param('kato') kato: string,
    @Body() body: PreviewPolicyDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<PolicyPreview> {
    return this.policies.preview(p, kato, body.rules);
  }
}
