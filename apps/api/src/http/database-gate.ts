import {
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { databaseState } from '@invataxi/persistence';

/**
 * After a connection failed because PostgreSQL could not be reached, requests are refused at the
 * door this long (none tried since succeeded); the first ones after it try again.
 */
export const UNREACHABLE_HOLD_MS = 1000;
/**
 * A request is refused at the door once the oldest request for a connection has waited this long,
 * or once this many times the pool's connections are queued for one: bursts the pool serves
 * (20 bookings at once for one person, test/booking/concurrency) stay well below both.
 */
export const BACKED_UP_AFTER_MS = 2000;
export const BACKED_UP_QUEUE_PER_CONNECTION = 2;

const WITHOUT_DATABASE = 'invataxi:without-database';

/** An endpoint that answers without PostgreSQL (liveness, readiness's own probe, the web app's files). */
export const WithoutDatabase = () => SetMetadata(WITHOUT_DATABASE, true);

/**
 * The API's door while PostgreSQL cannot serve (issue 10: 503 with Retry-After, never 500, never
 * silence): a request is answered 503 at once, before any work, when the server could not be
 * reached a moment ago or when requests already queue for a connection longer than a burst
 * would. Without it a request went through its checks and Redis marks to be refused by the
 * database anyway, and, with PostgreSQL back after an outage, the clients' retries queued behind
 * each other for the pool (each request asks for a connection several times, each time at the
 * back of the queue): on a busy machine the fault suite saw 179 to 252 requests unanswered after
 * 10 s. Nothing is started for a refused request, so sending it again is safe.
 */
@Injectable()
export class DatabaseGate implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const without = this.reflector.getAllAndOverride<boolean | undefined>(WITHOUT_DATABASE, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (without) return true;
    const { unreachableAt, waitedMs, queued, size } = databaseState(this.ds);
    // Measured time, as the pool measures it: not the platform's clock (a demo moves that).
    if (unreachableAt !== null && Date.now() - unreachableAt < UNREACHABLE_HOLD_MS)
      throw new ServiceUnavailableException('the database cannot be reached');
    if (waitedMs >= BACKED_UP_AFTER_MS || (size > 0 && queued >= size * BACKED_UP_QUEUE_PER_CONNECTION))
      throw new ServiceUnavailableException('the database is busy');
    return true;
  }
}
