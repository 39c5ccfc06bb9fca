import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@invataxi/auth';
import { CONFIG, type AppConfig } from '@invataxi/config';
import type { AppConfigView } from './app-config.dto';

/**
 * The web app is one static build for every deployment: what differs between them (the map's
 * tile server) it reads here once, at the first page that needs it. Public: the style's address
 * is no secret (the Content-Security-Policy names its origin on every answer).
 */
@ApiTags('web')
@Controller('app-config')
export class AppConfigController {
  constructor(@Inject(CONFIG) private readonly config: AppConfig) {}

  /** The web app's run-time settings. */
  @Get()
  @Public()
  get(): AppConfigView {
    return { mapStyleUrl: this.config.MAP_STYLE_URL || null };
  }
}
