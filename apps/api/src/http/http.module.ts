import { Global, Module } from '@nestjs/common';
import { BestEffortRedis } from './best-effort-redis';
import { IdempotencyInterceptor, IdempotencyStore, InFlightMarks } from './idempotency';
import { RateLimitGuard } from './rate-limit';

const HELPERS = [BestEffortRedis, IdempotencyStore, InFlightMarks, IdempotencyInterceptor, RateLimitGuard];

/** HTTP helpers every feature may use: the Idempotency-Key store, marks and interceptor, the rate limit guard. */
@Global()
@Module({
  providers: HELPERS,
  exports: HELPERS,
})
export class HttpHelpersModule {}
