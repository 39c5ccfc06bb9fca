import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import type { Language } from '@invataxi/domain';
import { ApiFile } from '../openapi/decorators';
import { Lang } from '../http/language';
import { RequestId } from '../http/request-id';
import { XLSX } from '../http/xlsx';
import { CreateWhatIfScenarioDto, WhatIfExportQuery, WhatIfListQuery } from './whatif.dto';
import { scenariosXlsx } from './whatif.export';
import { WhatIfService, type WhatIfScenarioView } from './whatif.service';

/**
 * What-if scenarios (issue 25, item 1): the LEB officer plans for their region before procuring
 * (create, run, read); the ministry's analyst reads every region's.
 */
@ApiTags('whatif')
@Controller('whatif/scenarios')
export class WhatIfController {
  constructor(private readonly scenarios: WhatIfService) {}

  /** Store a scenario and start its replay (poll it for progress and the result). */
  @Post()
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  create(
    @Body() body: CreateWhatIfScenarioDto,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<WhatIfScenarioView> {
    return this.scenarios.create(p, body, requestId);
  }

  /** The scenarios of the caller's scope, newest first (without their figures). */
  @Get()
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  list(@CurrentPrincipal() p: Principal, @Query() q: WhatIfListQuery): Promise<WhatIfScenarioView[]> {
    return this.scenarios.list(p, q.regionKato);
  }

  /** One or two scenarios side by side as an XLSX workbook, in the caller's language. */
  @Get('export')
  @ApiFile(XLSX)
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  async export(
    @CurrentPrincipal() p: Principal,
    @Query() q: WhatIfExportQuery,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const scenarios = await this.scenarios.several(p, q.ids.split(','));
    void reply
      .header('content-type', XLSX)
      // No name of its own: the page names the file for its scenarios and the platform's day in
      // the reader's language (the web app takes the API's name when there is one; a bare
      // "scenarios.xlsx" overrode it).
      .header('content-disposition', 'attachment');
    return scenariosXlsx(scenarios, lang);
  }

  /** One scenario: its inputs, progress and, once done, its figures. */
  @Get(':id')
  @Roles('LEB_OFFICER', 'MINISTRY_ANALYST')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() p: Principal): Promise<WhatIfScenarioView> {
    return this.scenarios.get(p, id);
  }

  /** Delete a scenario of the officer's region (refused while it waits or runs: 409 WHATIF_RUNNING). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('LEB_OFFICER')
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<void> {
    await this.scenarios.remove(p, id, requestId);
  }

  /** Run a scenario whose replay failed again. */
  @Post(':id/run')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  rerun(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<WhatIfScenarioView> {
    return this.scenarios.rerun(p, id, requestId);
  }
}
