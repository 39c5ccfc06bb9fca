import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@invataxi/config';
import { createLogger, PinoNestLogger, type Logger } from '@invataxi/platform';
import { DispatcherModule } from './dispatcher.module';

/** The worker process: a Nest application context with no HTTP server (twenty's pattern). */
export async function createDispatcher(
  config: AppConfig,
  logger: Logger = createLogger(config.LOG_LEVEL, 'dispatcher'),
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(DispatcherModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
