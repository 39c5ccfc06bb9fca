import { Global, Module } from '@nestjs/common';
import { BestEffortRedis } from './best-effort-redis';
import { EventStreams } from './event-streams';
import { IdempotencyInterceptor, IdempotencyStore, InFlightMarks } from './idempotency';
import { RateLimitGuard } from './rate-limit';

const HELPERS = [
  BestEffortRedis,
  IdempotencyStore,
  InFlightMarks,
  IdempotencyInterceptor,
  RateLimitGuard,
  EventStreams,
];

/**
 * HTTP helpers every feature may use: the Idempotency-Key store, marks and interceptor, the rate
 * limit guard, the server-sent event streams.
 */
@Global()
@Module({
  providers: HELPERS,
  exports: HELPERS,
})
export class HttpHelpersModule {}
