import type { DataSource, EntityManager } from 'typeorm';
import type { JsonObject } from './entities/json';
import { JOB_QUEUE, type JobMessage } from '@invataxi/queue';
import { AuditLogEntity } from './entities/audit-log.entity';
import { OutboxEntity } from './entities/outbox.entity';

/** Who acts: the signed-in user (or the system), with the request that carried the act. */
export interface Actor {
  userId: string | null;
  role: string;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM', requestId: null };

/** before/after hold ids, statuses and figures: never names, IINs, phones or addresses. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: JsonObject | null;
  after?: JsonObject | null;
}

/**
 * One transaction: the state change, its audit rows and its outbox rows commit together or
 * not at all (DESIGN.md, "Truth and flow"). Work is handed to the queues only through the
 * outbox, never by enqueueing directly from a transaction that might still roll back.
 */
export class UnitOfWork {
  private readonly audits: AuditEntry[] = [];
  private readonly messages: JobMessage[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {}

  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  enqueue(...msgs: JobMessage[]): void {
    this.messages.push(...msgs);
  }

  /** Writes what was gathered; called by transact() just before commit. */
  async flush(): Promise<void> {
    if (this.audits.length > 0) {
      await this.manager.insert(
        AuditLogEntity,
        // JSON columns are too deep for TypeORM's partial type; the rows are plain data.
        this.audits.map((a) => ({
          actorUserId: this.actor.userId,
          actorRole: this.actor.role,
          requestId: this.actor.requestId ?? null,
          action: a.action,
          entityType: a.entityType,
          entityId: a.entityId,
          before: a.before ?? null,
          after: a.after ?? null,
        })) as never[],
      );
      this.audits.length = 0;
    }
    if (this.messages.length > 0) {
      await this.manager.insert(
        OutboxEntity,
        this.messages.map((m) => ({
          queue: JOB_QUEUE[m.name],
          jobName: m.name,
          jobId: m.jobId,
          payload: m.payload as unknown as JsonObject,
          delayMs: m.delayMs ?? 0,
        })) as never[],
      );
      // Wakes the relay at commit, so work starts in milliseconds rather than at the next poll.
      await this.manager.query(`NOTIFY ${OUTBOX_CHANNEL}`);
      this.messages.length = 0;
    }
  }
}

export const OUTBOX_CHANNEL = 'invataxi_outbox';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export async function transact<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  isolation: IsolationLevel = 'READ COMMITTED',
): Promise<T> {
  const run = async (manager: EntityManager): Promise<T> => {
    const uow = new UnitOfWork(manager, actor);
    const result = await work(uow);
    await uow.flush();
    return result;
  };
  // READ COMMITTED is PostgreSQL's default: naming it would cost a SET round trip per transaction.
  return isolation === 'READ COMMITTED' ? ds.transaction(run) : ds.transaction(isolation, run);
}
