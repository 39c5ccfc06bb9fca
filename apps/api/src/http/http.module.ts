import { Global, Module } from '@nestjs/common';
import { IdempotencyInterceptor, IdempotencyStore } from './idempotency';

/** HTTP helpers every feature may use: the Idempotency-Key store and interceptor. */
@Global()
@Module({ providers: [IdempotencyStore, IdempotencyInterceptor], exports: [IdempotencyStore, IdempotencyInterceptor] })
export class HttpHelpersModule {}
