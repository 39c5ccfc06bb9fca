import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { ReviewFlagDto, type FlagDecision } from './status-flags.dto';
import { StatusFlagsService } from './status-flags.service';

/** Flagged driver statuses: the dispatcher confirms or rejects them (issue 18). */
@ApiTags('dispatch')
@Controller('dispatch/status-flags')
export class StatusFlagsController {
  constructor(private readonly flags: StatusFlagsService) {}

  /** Confirm a flagged ride as served (billing counts it) or reject it (billing never counts it); audited. */
  @Post(':id/review')
  @HttpCode(200)
  @Roles('DISPATCHER')
  review(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewFlagDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ id: string; bookingId: string; review: FlagDecision }> {
    return this.flags.review(p, id, body.decision, body.note);
  }
}
