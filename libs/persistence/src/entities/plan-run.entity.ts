import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from './json';

/**
 * QUEUED -> RUNNING -> PROPOSED (a plan waits for the dispatcher) -> APPLIED (-> UNDONE) or
 * DISCARDED; DONE: nothing to propose (or the evening run found nothing better); FAILED.
 */
export const PLAN_RUN_STATUSES = [
  'QUEUED',
  'RUNNING',
  'PROPOSED',
  'APPLIED',
  'DISCARDED',
  'UNDONE',
  'DONE',
  'FAILED',
] as const;
export type PlanRunStatus = (typeof PLAN_RUN_STATUSES)[number];

/**
 * The note of a run waiting while another re-plan of its region runs elsewhere (one re-plan per
 * region at a time, issue 24): `WAITING_FOR_REGION:<the other run's id>`.
 */
export const PLAN_NOTE_WAITING_FOR_REGION = 'WAITING_FOR_REGION';

/**
 * One re-plan of a region's day with the improvement search (issue 5, queue "plan"): started by
 * the evening schedule or a dispatcher, watched through its progress, kept with the figures
 * before and after (vehicles used, km, mean ride-time ratio). Figures only, no personal data.
 * Since issue 18 a run proposes: `proposal` holds the routes it computed and the rides they
 * change (ids and times only), `basis` the fingerprint of the routes it was computed from (an
 * apply on changed routes is refused), `undo` what the routes were before it was applied.
 */
@Entity('plan_run')
@Check(
  'ck_plan_run_status',
  `status IN ('QUEUED', 'RUNNING', 'PROPOSED', 'APPLIED', 'DISCARDED', 'UNDONE', 'DONE', 'FAILED')`,
)
@Check('ck_plan_run_progress', 'progress >= 0 AND progress <= 100')
@Index('ix_plan_run_region_date', ['regionKato', 'date'])
// Two processes (the evening fan-out in each dispatcher, two dispatchers' clicks) cannot both
// open a run of the same day: the second insert finds this index (issue 24).
@Index('ux_plan_run_open_per_day', ['regionKato', 'date'], {
  unique: true,
  where: `status IN ('QUEUED', 'RUNNING')`,
})
export class PlanRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  /** The local date re-planned. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status: PlanRunStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** Objective (km) of the best plan so far, while running. */
  @Column({ type: 'double precision', nullable: true })
  currentCost: number | null;

  @Column({ type: 'jsonb', nullable: true })
  before: JsonObject | null;

  @Column({ type: 'jsonb', nullable: true })
  after: JsonObject | null;

  /** Why it failed or why the plan was kept as it was. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  /** The dispatcher let manual assignments and rides confirmed to drivers move. */
  @Column({ type: 'boolean', default: false })
  releasePinned: boolean;

  /** Fingerprint (sha-256) of the routes and waitlisted rides the proposal was computed from. */
  @Column({ type: 'text', nullable: true })
  basis: string | null;

  /** The routes proposed and the rides they change (see ReplanProposal in @invataxi/dispatch). */
  @Column({ type: 'jsonb', nullable: true })
  proposal: JsonObject | null;

  /** The routes as they stood before the apply, and the fingerprint right after it. */
  @Column({ type: 'jsonb', nullable: true })
  undo: JsonObject | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  /** When the proposal was applied, discarded or undone (the last decision). */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
