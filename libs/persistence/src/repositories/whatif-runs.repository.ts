import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WhatIfRunEntity, type WhatIfRunKind } from '../entities/whatif-run.entity';
import type { JsonObject } from '../entities/json';

/**
 * Stored what-if runs (issue 25): created with their inputs, watched through their progress,
 * finished with their result in one statement. Any kind of run (a scenario, a sizing search)
 * goes through these, so the job, the page and the API read them alike.
 */
@Injectable()
export class WhatIfRunsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * A new QUEUED run (inside the caller's transaction: the job is enqueued with it), created at
   * the platform's time (`createdAt`: its Clock, never the database's now()).
   */
  create(
    m: EntityManager,
    run: {
      kind: WhatIfRunKind;
      regionKato: string;
      name: string;
      params: JsonObject;
      createdByUserId: string;
      createdAt: Date;
    },
  ): Promise<WhatIfRunEntity> {
    return m.save(WhatIfRunEntity, m.create(WhatIfRunEntity, run));
  }

  byId(id: string): Promise<WhatIfRunEntity | null> {
    return this.ds.manager.findOneBy(WhatIfRunEntity, { id });
  }

  /** Runs of a kind under a KATO prefix (null: every region), newest first, without their results. */
  list(kind: WhatIfRunKind, prefix: string | null, limit: number): Promise<WhatIfRunEntity[]> {
    return this.ds.manager
      .createQueryBuilder(WhatIfRunEntity, 'r')
      .select([
        'r.id',
        'r.kind',
        'r.regionKato',
        'r.name',
        'r.params',
        'r.status',
        'r.progress',
        'r.note',
        'r.attempts',
        'r.createdByUserId',
        'r.createdAt',
        'r.startedAt',
        'r.finishedAt',
      ])
      .where('r.kind = :kind', { kind })
      .andWhere(prefix === null ? 'TRUE' : 'r.region_kato LIKE :prefix', { prefix: `${prefix ?? ''}%` })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /**
   * The run (re)starts: QUEUED, RUNNING (its process died and BullMQ handed the job to another)
   * or FAILED (a retry) become RUNNING from 0 %; null when it is DONE already (a duplicate job).
   */
  async start(id: string, now: Date): Promise<WhatIfRunEntity | null> {
    const rows: unknown[][] = await this.ds.query(
      `UPDATE whatif_run SET status = 'RUNNING', progress = 0, note = NULL, attempts = attempts + 1,
              started_at = $2, finished_at = NULL
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING', 'FAILED') RETURNING id`,
      [id, now],
    );
    return rows[0]?.length ? this.byId(id) : null;
  }

  /** Progress while running (a run finished meanwhile keeps its 100). */
  async progress(id: string, percent: number): Promise<void> {
    await this.ds.query(`UPDATE whatif_run SET progress = $2 WHERE id = $1 AND status = 'RUNNING'`, [
      id,
      Math.max(0, Math.min(99, Math.floor(percent))),
    ]);
  }

  /** The result and DONE in one statement: a reader sees the whole result or none. */
  async finish(id: string, result: JsonObject, now: Date): Promise<boolean> {
    const rows: unknown[][] = await this.ds.query(
      `UPDATE whatif_run SET status = 'DONE', progress = 100, result = $2, note = NULL, finished_at = $3
        WHERE id = $1 AND status = 'RUNNING' RETURNING id`,
      [id, JSON.stringify(result), now],
    );
    return (rows[0]?.length ?? 0) > 0;
  }

  /** A FAILED run waits for its replay again (inside the caller's transaction, with its job). */
  async requeue(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE whatif_run SET status = 'QUEUED', progress = 0, note = NULL, finished_at = NULL
        WHERE id = $1 AND status = 'FAILED'`,
      [id],
    );
  }

  /** Deletes a scenario that is not waiting or running (inside the caller's transaction); false when it is. */
  async removeFinished(m: EntityManager, id: string): Promise<boolean> {
    const [, count] = (await m.query(
      `DELETE FROM whatif_run WHERE id = $1 AND kind = 'SCENARIO' AND status IN ('DONE', 'FAILED')`,
      [id],
    )) as [unknown, number];
    return count > 0;
  }

  /**
   * Runs whose job Redis may have lost: QUEUED since before `queuedBefore`, or RUNNING since before
   * `runningBefore` (longer than any replay takes; a dead process's job is BullMQ's stalled job).
   */
  unfinished(
    queuedBefore: Date,
    runningBefore: Date,
    limit = 100,
  ): Promise<{ id: string; status: 'QUEUED' | 'RUNNING'; attempts: number }[]> {
    return this.ds.query(
      `SELECT id, status, attempts FROM whatif_run
        WHERE (status = 'QUEUED' AND created_at < $1) OR (status = 'RUNNING' AND started_at < $2)
        ORDER BY created_at LIMIT $3`,
      [queuedBefore, runningBefore, limit],
    );
  }

  async fail(id: string, note: string, now: Date): Promise<void> {
    await this.ds.query(
      `UPDATE whatif_run SET status = 'FAILED', note = $2, finished_at = $3 WHERE id = $1 AND status = 'RUNNING'`,
      [id, note.slice(0, 500), now],
    );
  }
}
