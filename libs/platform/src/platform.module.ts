import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { createDataSource, PersistenceModule } from '@invataxi/persistence';
import { createRedis, QueueProducer } from '@invataxi/queue';
import { JwtTokenVerifier, TOKEN_VERIFIER } from '@invataxi/auth';
import { createLogger, type Logger } from './logger';
import { LOGGER, REDIS } from './tokens';

class PlatformShutdown implements OnApplicationShutdown {
  constructor(
    private readonly ds: DataSource,
    private readonly producer: QueueProducer,
    private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close().catch(() => undefined);
    this.redis.disconnect();
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

/**
 * The infrastructure both processes share, built once from the validated config: the
 * DataSource, the Redis connection, the queue producer, the logger and the token verifier.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, appName: string, logger?: Logger): DynamicModule {
    return {
      module: PlatformModule,
      imports: [PersistenceModule],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger ?? createLogger(config.LOG_LEVEL, appName) },
        {
          provide: DataSource,
          useFactory: async () =>
            createDataSource({
              url: config.DATABASE_URL,
              poolSize: config.DATABASE_POOL_SIZE,
              applicationName: appName,
            }).initialize(),
        },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, 'producer') },
        {
          provide: QueueProducer,
          useFactory: (redis: Redis) => new QueueProducer(redis, config.QUEUE_PREFIX),
          inject: [REDIS],
        },
        {
          provide: TOKEN_VERIFIER,
          useValue: new JwtTokenVerifier({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER }),
        },
        {
          provide: PlatformShutdown,
          useFactory: (ds: DataSource, p: QueueProducer, r: Redis) => new PlatformShutdown(ds, p, r),
          inject: [DataSource, QueueProducer, REDIS],
        },
      ],
      exports: [CONFIG, LOGGER, DataSource, REDIS, QueueProducer, TOKEN_VERIFIER],
    };
  }
}
