import { randomUUID } from 'node:crypto';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertRegion, CurrentPrincipal, forbid, Roles, type Principal } from '@invataxi/auth';
import { DomainError, katoPrefix } from '@invataxi/domain';
import { BookingEntity, PortalSyncRepository, transact } from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';
import { RequestId } from '../http/request-id';

export interface UnacknowledgedView {
  bookingId: string;
  orderId: string;
  status: string;
  version: number;
  lastSentVersion: number;
  updatedAt: string;
}

/**
 * For the region's LEB officer (the Portal relationship is the akimat's): which Portal bookings
 * the Portal has not acknowledged yet, and a resend that picks up from the last acknowledged
 * version (the status job sends the rest in order; nothing acknowledged is sent twice).
 */
@ApiTags('portal')
@Controller('admin/portal')
export class PortalAdminController {
  constructor(
    private readonly ds: DataSource,
    private readonly portalSync: PortalSyncRepository,
  ) {}

  /** Status updates the Portal has not acknowledged yet. */
  @Get('unacknowledged')
  @Roles('LEB_OFFICER')
  async unacknowledged(@CurrentPrincipal() p: Principal): Promise<UnacknowledgedView[]> {
    if (!p.regionKato) forbid('region');
    const rows = await this.portalSync.unacknowledgedInRegion(katoPrefix(p.regionKato));
    return rows.map((r) => ({
      bookingId: r.id,
      orderId: r.portal_order_id,
      status: r.status,
      version: r.version,
      lastSentVersion: Number(r.last),
      updatedAt: r.updated_at.toISOString(),
    }));
  }

  /** Send a ride's current status to the Portal again. */
  @Post('bookings/:id/resend')
  @HttpCode(202)
  @Roles('LEB_OFFICER')
  async resend(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @RequestId() requestId: string,
  ): Promise<{ bookingId: string; version: number }> {
    return transact(this.ds, { userId: p.userId, role: p.role, requestId }, async (uow) => {
      const b = await uow.manager.getRepository(BookingEntity).findOneBy({ id });
      if (!b || b.channel !== 'PORTAL' || !b.portalOrderId)
        throw new DomainError('NOT_FOUND', { entity: 'portal_booking', id });
      assertRegion(p, b.regionKato);
      // A fresh job id: the failed job of this version may still sit in Redis and would swallow it.
      uow.enqueue(
        message(
          JobName.SyncPortalStatus,
          { bookingId: b.id, version: b.version },
          `${b.id}.v${b.version}.resend.${randomUUID()}`,
        ),
      );
      uow.audit({
        action: 'portal.status_resend',
        entityType: 'booking',
        entityId: b.id,
        after: { version: b.version },
      });
      return { bookingId: b.id, version: b.version };
    });
  }
}
