import { Global, Module } from '@nestjs/common';
import { IdempotencyInterceptor, IdempotencyStore } from './idempotency';
import { RateLimitGuard } from './rate-limit';

/** HTTP helpers every feature may use: the Idempotency-Key store and interceptor, the rate limit guard. */
@Global()
@Module({
  providers: [IdempotencyStore, IdempotencyInterceptor, RateLimitGuard],
  exports: [IdempotencyStore, IdempotencyInterceptor, RateLimitGuard],
})
export class HttpHelpersModule {}
