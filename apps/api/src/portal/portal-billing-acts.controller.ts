import { Controller, Get, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { SignedRequest } from '@invataxi/auth';
import { RateLimit } from '../http/rate-limit';
import { BillingActService, type PortalActPage, type PortalActWithVersions } from './billing-act.service';
import { PortalActsQuery } from './billing-acts.dto';
import { PortalSignatureGuard } from './portal-signature.guard';

/**
 * The Portal pulls issued billing acts (issue 17): each with the akimat's detached CMS signature
 * over its canonical JSON and the signing certificate, every version of a corrected act kept.
 * Requests are signed with the Portal's HMAC key like every inbound call; the acts are signed
 * with our own key, which the Portal does not hold.
 */
@ApiTags('portal')
@ApiHeader({ name: 'X-Portal-Key-Id', required: true })
@ApiHeader({ name: 'X-Portal-Timestamp', required: true, description: 'Unix seconds; at most 5 minutes off' })
@ApiHeader({ name: 'X-Portal-Event-Id', required: true })
@ApiHeader({
  name: 'X-Portal-Signature',
  required: true,
  description: 'hex HMAC-SHA256 over the path with its query',
})
@ApiSecurity('portalSignature')
@Controller('portal/v1/billing-acts')
@UseGuards(PortalSignatureGuard)
export class PortalBillingActsController {
  constructor(private readonly acts: BillingActService) {}

  /** Issued acts (every version) changed at or after `since`, the oldest change first, with their signatures. */
  @Get()
  @SignedRequest()
  @RateLimit('portal')
  async list(@Query() q: PortalActsQuery): Promise<PortalActPage> {
    return this.acts.portalActsSince(q.since);
  }

  /** One issued act version with its signature, certificate and the versions of its month. */
  @Get(':actId')
  @SignedRequest()
  @RateLimit('portal')
  async get(@Param('actId', ParseUUIDPipe) actId: string): Promise<PortalActWithVersions> {
    return this.acts.portalAct(actId);
  }
}
