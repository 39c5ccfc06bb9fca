import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { DomainError } from '@invataxi/domain';
import { ProcurementRequestEntity, transact } from '@invataxi/persistence';
import { pollProcurementMessage, verifySignature } from '@invataxi/procurement';

const LOT_STATUSES = ['PUBLISHED', 'AWARDED', 'FAILED'];

/**
 * A signed callback from the procurement system ("lot X is now AWARDED"). It is only a wake-up:
 * the outcome is read back from the system by the poll job, so a forged or repeated callback can
 * at most cause one more poll. A repeat of the same lot and status is one job (its id).
 */
@Injectable()
export class ProcurementCallbacksService {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(req: {
    method: string;
    path: string;
    timestamp?: string;
    signature?: string;
    lotId: string;
    status: string;
    requestId: string | null;
  }): Promise<{ accepted: true }> {
    const secret = this.config.PROCUREMENT_SECRET;
    const check = secret
      ? verifySignature(secret, {
          method: req.method,
          path: req.path,
          body: '',
          timestamp: req.timestamp,
          signature: req.signature,
        })
      : ({ ok: false, reason: 'MISSING' } as const);
    if (!check.ok) throw new DomainError('FORBIDDEN', { scope: 'signature', reason: check.reason });
    if (!LOT_STATUSES.includes(req.status))
      throw DomainError.validation([{ field: 'status', code: 'UNKNOWN_LOT_STATUS' }]);
    return transact(
      this.ds,
      { userId: null, role: 'PROCUREMENT_SYSTEM', requestId: req.requestId },
      async (uow) => {
        const r = await uow.manager
          .getRepository(ProcurementRequestEntity)
          .findOneBy({ externalId: req.lotId });
        if (!r) throw new DomainError('NOT_FOUND', { entity: 'lot', id: req.lotId });
        uow.audit({
          action: 'procurement.callback_received',
          entityType: 'procurement_request',
          entityId: r.id,
          after: { lotId: req.lotId, status: req.status, requestStatus: r.status },
        });
        if (r.status === 'PUBLISHED') uow.enqueue(pollProcurementMessage(req.lotId, req.status));
        return { accepted: true as const };
      },
    );
  }
}
