import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK } from '@invataxi/domain';
import { dataSourceOptions, PersistenceModule } from '@invataxi/persistence';
import { createRedis, QueueModule } from '@invataxi/queue';
import { JwtTokenVerifier, TOKEN_VERIFIER } from '@invataxi/auth';
import { createLogger, type Logger } from './logger';
import { LOGGER, REDIS } from './tokens';
import { clockProvider } from './clock.provider';

class PlatformShutdown implements OnApplicationShutdown {
  constructor(private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

/**
 * The infrastructure both processes share, built once from the validated config: the
 * DataSource, the Redis connection, the queue producer, the logger and the token verifier.
 * TypeOrmModule's core module is global: it provides the DataSource under its class token to
 * every module and destroys it on shutdown.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, appName: string, logger?: Logger): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
              applicationName: appName,
            }),
            // Fail start-up at once when the database is unreachable (no ten tries 3 s apart):
            // the process manager restarts us, and a test or a deploy learns it now.
            toRetry: () => false,
          }),
        }),
        PersistenceModule,
        QueueModule.forRoot({ connection: REDIS, prefix: config.QUEUE_PREFIX }),
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        clockProvider(config),
        { provide: LOGGER, useValue: logger ?? createLogger(config.LOG_LEVEL, appName) },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, 'producer') },
        {
          provide: TOKEN_VERIFIER,
          useValue: new JwtTokenVerifier({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER }),
        },
        {
          provide: PlatformShutdown,
          useFactory: (r: Redis) => new PlatformShutdown(r),
          inject: [REDIS],
        },
      ],
      exports: [CONFIG, CLOCK, LOGGER, REDIS, TOKEN_VERIFIER],
    };
  }
}
