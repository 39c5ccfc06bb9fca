import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { Public } from '@invataxi/auth';
import { REDIS } from '@invataxi/platform';

async function probe(
  name: string,
  check: () => Promise<unknown>,
  timeoutMs = 2000,
): Promise<[string, 'up' | 'down']> {
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return [name, 'up'];
  } catch {
    return [name, 'down'];
  }
}

/** Liveness (/health: the process answers) and readiness (/ready: PostgreSQL and Redis answer). */
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Public()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and Redis answer. */
  @Get('ready')
  @Public()
  async ready(): Promise<{ status: 'ok'; info: Record<string, { status: 'up' }> }> {
    const results = await Promise.all([
      probe('database', () => this.ds.query('SELECT 1')),
      probe('redis', () => this.redis.ping()),
    ]);
    const info = Object.fromEntries(results.map(([n, s]) => [n, { status: s }]));
    if (results.some(([, s]) => s === 'down'))
      throw new ServiceUnavailableException({ status: 'error', info, message: 'not ready' });
    return { status: 'ok', info: info as Record<string, { status: 'up' }> };
  }
}
