import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import type { Language } from '@invataxi/domain';
import {
  AssignmentService,
  type AssignResult,
  type BreakdownResult,
  type BreakdownUndoResult,
} from './assignment.service';
import { BoardService, type Board } from './board.service';
import {
  AssignDto,
  AssignPreviewDto,
  BoardQuery,
  BreakdownDto,
  PlanDayQueryDto,
  StartPlanDto,
  UnassignDto,
} from './dispatch.dto';
import type { AssignPreview } from './override-preview';
import { PlanService, type PlanRunView } from './plan.service';
import { Lang } from '../http/language';
import { RequestId } from '../http/request-id';

/** The dispatcher console: the board, manual moves, breakdowns and the day re-plan. */
@ApiTags('dispatch')
@Controller('dispatch')
export class DispatchController {
  constructor(
    private readonly boards: BoardService,
    private readonly assignments: AssignmentService,
    private readonly plans: PlanService,
  ) {}

  /** The dispatch board of a day: unassigned, waitlisted and awaiting-procurement rides, and each shift's route. */
  @Get('board')
  @Roles('DISPATCHER', 'LEB_OFFICER')
  board(@Query() q: BoardQuery, @CurrentPrincipal() p: Principal): Promise<Board> {
    return this.boards.board(p, q.date, q.region);
  }

  /**
   * What assigning (or reassigning) a ride to a shift would do, nothing saved: what the check
   * refuses, and every other rider it makes late or moves, with the confirmation an override needs.
   */
  @Post('bookings/:id/assign-preview')
  @HttpCode(200)
  @Roles('DISPATCHER')
  previewAssign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignPreviewDto,
    @CurrentPrincipal() p: Principal,
    @Lang() lang: Language,
  ): Promise<AssignPreview> {
    return this.assignments.preview(p, id, body, lang);
  }

  /** Put a ride on a shift's route (the solver places its stops). */
  @Post('bookings/:id/assign')
  @HttpCode(200)
  @Roles('DISPATCHER')
  assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Lang() lang: Language,
  ): Promise<AssignResult> {
    return this.assignments.assign(p, id, body, requestId, lang);
  }

  /** The same move for a booking already on a route: checked against the new route. */
  @Post('bookings/:id/reassign')
  @HttpCode(200)
  @Roles('DISPATCHER')
  reassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
    @Lang() lang: Language,
  ): Promise<AssignResult> {
    return this.assignments.assign(p, id, body, requestId, lang);
  }

  /** Take a ride off its shift: it goes back to the unassigned list. */
  @Post('bookings/:id/unassign')
  @HttpCode(200)
  @Roles('DISPATCHER')
  unassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UnassignDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<{ bookingId: string; version: number }> {
    return this.assignments.unassign(p, id, body, requestId);
  }

  /** A vehicle broke down: its shift ends and its rides go back to dispatch. */
  @Post('shifts/:id/breakdown')
  @HttpCode(200)
  @Roles('DISPATCHER')
  breakdown(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BreakdownDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BreakdownResult> {
    return this.assignments.breakdown(p, id, body, requestId);
  }

  /**
   * Undo a breakdown (within 15 minutes, while the shift has not ended): the vehicle is back in
   * service, its rides still waiting go back on it where they fit, those with other vehicles stay.
   */
  @Post('shifts/:id/breakdown/undo')
  @HttpCode(200)
  @Roles('DISPATCHER')
  undoBreakdown(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<BreakdownUndoResult> {
    return this.assignments.undoBreakdown(p, id, requestId);
  }

  /** Re-plan a day (runs in the background; poll the run): the result is a proposal to apply or discard. */
  @Post('plan')
  @HttpCode(202)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  startPlan(@Body() body: StartPlanDto, @CurrentPrincipal() p: Principal): Promise<PlanRunView> {
    return this.plans.start(p, body.regionKato, body.date, body.releasePinned ?? false);
  }

  /** The latest re-plan of a region's day (a proposal still waiting for Apply / Discard after a reload); run is null when none. */
  @Get('plan')
  @Roles('DISPATCHER', 'LEB_OFFICER')
  async latestPlan(
    @Query() q: PlanDayQueryDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ run: PlanRunView | null }> {
    return { run: await this.plans.latest(p, q.regionKato, q.date) };
  }

  /** A planning run's state, its figures before and after, and the rides its proposal changes. */
  @Get('plan/:runId')
  @Roles('DISPATCHER', 'LEB_OFFICER')
  plan(@Param('runId', ParseUUIDPipe) runId: string, @CurrentPrincipal() p: Principal): Promise<PlanRunView> {
    return this.plans.get(p, runId);
  }

  /** Apply a proposal to the routes; refused (409 PLAN_STALE) if they changed since it was computed. */
  @Post('plan/:runId/apply')
  @HttpCode(200)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  applyPlan(
    @Param('runId', ParseUUIDPipe) runId: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<PlanRunView> {
    return this.plans.apply(p, runId);
  }

  /** Discard a proposal: the routes stay as they are. */
  @Post('plan/:runId/discard')
  @HttpCode(200)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  discardPlan(
    @Param('runId', ParseUUIDPipe) runId: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<PlanRunView> {
    return this.plans.discard(p, runId);
  }

  /** Undo an applied re-plan; refused (409 PLAN_DRIVER_ACTED) once a driver has acted on one of its rides. */
  @Post('plan/:runId/undo')
  @HttpCode(200)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  undoPlan(
    @Param('runId', ParseUUIDPipe) runId: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<PlanRunView> {
    return this.plans.undo(p, runId);
  }
}
