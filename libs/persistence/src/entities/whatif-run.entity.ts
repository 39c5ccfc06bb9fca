import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from './json';

/** QUEUED -> RUNNING -> DONE (result stored) or FAILED (note says why). */
export const WHATIF_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type WhatIfRunStatus = (typeof WHATIF_RUN_STATUSES)[number];

/**
 * What a run replays: an officer's SCENARIO (issue 25, item 1) or a SIZING search (item 2,
 * the fleet that reaches a served share); both are one replay job on queue "whatif".
 */
export const WHATIF_RUN_KINDS = ['SCENARIO', 'SIZING'] as const;
export type WhatIfRunKind = (typeof WHATIF_RUN_KINDS)[number];

/**
 * One stored what-if run (issue 25): its inputs as asked (`params`: demand base, fleet change,
 * policy variant), its progress while the dispatcher replays it, and its result. The result is
 * written in the same statement that marks the run DONE, never in parts (ck_whatif_run_result).
 * Figures only, no personal data.
 */
@Entity('whatif_run')
@Check('ck_whatif_run_status', `status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check('ck_whatif_run_kind', `kind IN ('SCENARIO', 'SIZING')`)
@Check('ck_whatif_run_progress', 'progress >= 0 AND progress <= 100')
@Check('ck_whatif_run_result', `(status = 'DONE') = (result IS NOT NULL)`)
@Index('ix_whatif_run_region', ['regionKato', 'createdAt'])
export class WhatIfRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', default: 'SCENARIO' })
  kind: WhatIfRunKind;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  /** The officer's name for it ("Two more vans, 7:00-21:00"). */
  @Column({ type: 'text' })
  name: string;

  /** The inputs as the API accepted them (WhatIfParams in apps/api whatif). */
  @Column({ type: 'jsonb' })
  params: JsonObject;

  @Column({ type: 'text', default: 'QUEUED' })
  status: WhatIfRunStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** The figures of the replay (WhatIfRunResult), written with status DONE. */
  @Column({ type: 'jsonb', nullable: true })
  result: JsonObject | null;

  /** Why it failed (a code, no personal data). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Replays started for it: more than one when a dispatcher died and another took it over. */
  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
