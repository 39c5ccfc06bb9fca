import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BillingActStatus } from '@invataxi/domain';

/** A billing act as the Portal is sent it, with its provider's BIN. */
export interface BillingActForPortal {
  id: string;
  status: string;
  version: number;
  region_kato: string;
  /** YYYY-MM */
  month: string;
  completed_trips: number;
  no_shows: number;
  planned_metres: string;
  actual_metres: string;
  amount_tenge: string;
  /** The act's lines as stored (jsonb): the caller knows their shape. */
  lines: unknown;
  bin: string;
}

/** What the Portal's payment answer is checked against. */
export interface BillingActPaymentState {
  id: string;
  status: BillingActStatus;
  version: number;
  portal_reference: string | null;
}

/** The monthly billing acts' submission to the Portal and the poll for their payment. */
@Injectable()
export class BillingActsRepository {
  constructor(private readonly ds: DataSource) {}

  async findForPortal(actId: string): Promise<BillingActForPortal | null> {
    const rows: BillingActForPortal[] = await this.ds.query(
      `SELECT a.id, a.status, a.version, a.region_kato, to_char(a.month, 'YYYY-MM') AS month, a.completed_trips,
              a.no_shows, a.planned_metres, a.actual_metres, a.amount_tenge, a.lines, p.bin
         FROM billing_act a JOIN provider p ON p.id = a.provider_id WHERE a.id = $1`,
      [actId],
    );
    return rows[0] ?? null;
  }

  /** APPROVED at `version` -> SUBMITTED with the Portal's reference; false when the act moved on. */
  async markSubmitted(m: EntityManager, actId: string, version: number, reference: string): Promise<boolean> {
    const res: unknown[] = await m.query(
      `UPDATE billing_act SET status = 'SUBMITTED', submitted_at = now(), portal_reference = $3,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'APPROVED' RETURNING id`,
      [actId, version, reference],
    );
    return (res[0] as unknown[]).length > 0;
  }

  /** SUBMITTED acts the Portal gave a reference for, oldest submission first (at most 500). */
  findAwaitingPayment(): Promise<{ id: string; portal_reference: string }[]> {
    return this.ds.query(
      `SELECT id, portal_reference FROM billing_act WHERE status = 'SUBMITTED' AND portal_reference IS NOT NULL
        ORDER BY submitted_at LIMIT 500`,
    );
  }

  /**
   * The act's state, locked until the transaction ends, or null. Raw SQL: the act's jsonb lines
   * make TypeORM's typed finders recurse too deeply.
   */
  async lockForPayment(m: EntityManager, actId: string): Promise<BillingActPaymentState | null> {
    const rows: BillingActPaymentState[] = await m.query(
      'SELECT id, status, version, portal_reference FROM billing_act WHERE id = $1 FOR UPDATE',
      [actId],
    );
    return rows[0] ?? null;
  }

  /** The Portal's final answer: PAID (with when) or REJECTED (with why). */
  async recordPayment(
    m: EntityManager,
    actId: string,
    answer: { status: 'PAID' | 'REJECTED'; paidAt: Date | null; rejectionReason: string | null },
  ): Promise<void> {
    await m.query(
      `UPDATE billing_act SET status = $2, paid_at = $3, rejection_reason = $4, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [actId, answer.status, answer.paidAt, answer.rejectionReason],
    );
  }
}
