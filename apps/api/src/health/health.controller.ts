import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '@invataxi/auth';
import { WithoutDatabase } from '../http/database-gate';
import { RedisHealthIndicator } from './redis.health';

/** How long each dependency may take to answer before the API counts as not ready. */
const PROBE_TIMEOUT_MS = 2000;

/** Liveness (/health: the process answers) and readiness (/ready: PostgreSQL and Redis answer). */
@ApiTags('health')
@Controller()
// Readiness asks PostgreSQL itself, within its own time limit, and says which dependency is down.
@WithoutDatabase()
export class HealthController {
  constructor(
    private readonly checks: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly ds: DataSource,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Public()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and Redis answer (503 naming the one that does not). */
  @Get('ready')
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  ready(): Promise<HealthCheckResult> {
    return this.checks.check([
      () => this.database.pingCheck('database', { connection: this.ds, timeout: PROBE_TIMEOUT_MS }),
      () => this.redis.pingCheck('redis', PROBE_TIMEOUT_MS),
    ]);
  }
}
