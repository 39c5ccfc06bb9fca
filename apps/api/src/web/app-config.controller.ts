import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@invataxi/auth';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, type Clock } from '@invataxi/domain';
import { WithoutDatabase } from '../http/database-gate';
import type { AppConfigView } from './app-config.dto';

/**
 * The web app is one static build for every deployment: what differs between them (the map's
 * tile server, the platform's clock that a demo moves) it reads here once, before the first
 * page. Public: the style's address is no secret (the Content-Security-Policy names its origin
 * on every answer), nor is the time.
 */
@ApiTags('web')
@Controller('app-config')
@WithoutDatabase()
export class AppConfigController {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The web app's run-time settings. */
  @Get()
  @Public()
  get(): AppConfigView {
    return { mapStyleUrl: this.config.MAP_STYLE_URL || null, now: this.clock.now().toISOString() };
  }
}
