import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WebController } from './web.controller';
import { AppConfigController } from './app-config.controller';
import { findWebRoot } from './web-root';

class WebStaticRegistrar implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    private readonly root: string,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    // One route per built file (wildcard: false), so the SPA fallback and the API keep theirs.
    await fastify.register(fastifyStatic, {
      root: this.root,
      prefix: '/',
      wildcard: false,
      index: false,
      maxAge: '1h',
      // The service worker and the app's manifest (issue 23) are looked at anew on each visit,
      // so a new version of the app reaches the phones that installed it.
      setHeaders: (res, path) => {
        if (/(?:^|[\\/])(?:sw\.js|manifest\.webmanifest)$/.test(path))
          void res.header('cache-control', 'no-cache');
      },
    });
  }
}

/**
 * Serves the built web app (apps/web/dist) at / when it exists; without a build the api serves
 * only its API (and GET /app-config, the settings a separately served build reads). Listed in featureModules() (app.module.ts); its routes lose to every API route.
 */
@Module({})
export class WebModule {
  static forRoot(root: string | null = findWebRoot()): DynamicModule {
    // The app's run-time settings are an API route: served with or without a build here.
    if (!root) return { module: WebModule, controllers: [AppConfigController] };
    return {
      module: WebModule,
      controllers: [AppConfigController, WebController],
      providers: [
        {
          provide: WebStaticRegistrar,
          inject: [HttpAdapterHost],
          useFactory: (host: HttpAdapterHost) => new WebStaticRegistrar(host, root),
        },
      ],
    };
  }
}
