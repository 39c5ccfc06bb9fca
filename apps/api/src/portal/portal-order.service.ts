import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  DomainError,
  isLateCancellation,
  katoRegion,
  type JsonValue,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import {
  BeneficiariesRepository,
  BookingEntity,
  IinCipher,
  PortalInboxRepository,
  PortalSyncRepository,
  RegionsRepository,
  transitionBooking,
  type Actor,
} from '@invataxi/persistence';
import { EligibilityService, PORTAL_IIN_CIPHER } from '@invataxi/portal';
import { BookingWriter, PolicyReader } from '@invataxi/booking';
import { upsertPortalBeneficiary } from './portal-beneficiary';
import { PortalInbox, type PortalAnswer } from './portal-inbox';
import type {
  PortalCancelDto,
  PortalOrderAnswer,
  PortalOrderDto,
  PortalOrderStatus,
} from './portal-orders.dto';
import type { PortalEvent } from './portal-signature.guard';

function answer(b: BookingEntity): PortalOrderAnswer & { [k: string]: JsonValue } {
  return { orderId: b.portalOrderId ?? '', bookingId: b.id, status: b.status, version: b.version };
}

const samePlace = (
  p: { address: string; lat: number; lon: number; kato: string },
  address: string,
  lat: number,
  lon: number,
  kato: string,
): boolean =>
  p.address === address && p.kato === kato && Math.abs(p.lat - lat) < 1e-6 && Math.abs(p.lon - lon) < 1e-6;

/** Whether an order's ride is the one its booking was made for. */
function sameRide(b: BookingEntity, ride: PortalOrderDto['ride']): boolean {
  return (
    samePlace(ride.pickup, b.pickupAddress, Number(b.pickupLat), Number(b.pickupLon), b.pickupKato) &&
    samePlace(ride.dropoff, b.dropoffAddress, Number(b.dropoffLat), Number(b.dropoffLon), b.dropoffKato) &&
    ride.timeAnchor === b.timeAnchor &&
    new Date(ride.requestedTime).getTime() === b.requestedTime.getTime() &&
    ride.purpose === b.purpose &&
    ride.companions === b.companions &&
    (ride.notes ?? null) === (b.notes ?? null)
  );
}

/**
 * Orders and cancellations from the Portal. Each runs inside the inbox's transaction (one
 * event, one outcome), serialised per order id, through the same booking core as every other
 * channel (BookingWriter.place: the same checks, the same reason codes).
 */
@Injectable()
export class PortalOrderService {
  constructor(
    private readonly ds: DataSource,
    private readonly inbox: PortalInbox,
    private readonly writer: BookingWriter,
    private readonly policies: PolicyReader,
    private readonly eligibility: EligibilityService,
    private readonly inboxRows: PortalInboxRepository,
    private readonly portalSync: PortalSyncRepository,
    private readonly beneficiaries: BeneficiariesRepository,
    private readonly regions: RegionsRepository,
    @Inject(PORTAL_IIN_CIPHER) private readonly cipher: IinCipher,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(BookingEntity) private readonly bookingRows: Repository<BookingEntity>,
  ) {}

  async receive(event: PortalEvent, order: PortalOrderDto, requestId: string): Promise<PortalAnswer> {
    return this.inbox.handle(event, actorOf(requestId), async (uow) => {
      await this.inboxRows.lockOrder(uow.manager, order.orderId);
      // The same order under another event id (the Portal re-sent it): the booking it made.
      const known = await uow.manager
        .getRepository(BookingEntity)
        .findOneBy({ portalOrderId: order.orderId });
      if (known) {
        // A re-sent order is answered with its booking; one whose ride differs is not silently
        // answered as if it had been applied: the Portal must cancel and order again.
        if (!sameRide(known, order.ride))
          throw new DomainError('CONFLICT', {
            entity: 'portalOrder',
            reason: 'PORTAL_ORDER_CHANGED',
            bookingId: known.id,
          });
        return { status: 200, body: answer(known) };
      }
      if (katoRegion(order.eligibility.payerKato) !== katoRegion(order.recipient.residence.kato))
        throw DomainError.validation([
          { field: 'eligibility.payerKato', code: 'PAYER_NOT_RESIDENCE_REGION' },
        ]);
      const time = new Date(order.ride.requestedTime);
      if (Number.isNaN(time.getTime()))
        throw DomainError.validation([{ field: 'ride.requestedTime', code: 'BAD_TIME' }]);
      const beneficiaryId = await upsertPortalBeneficiary(
        uow,
        { cipher: this.cipher, beneficiaries: this.beneficiaries, regions: this.regions },
        order,
      );
      await this.eligibility.remember(uow.manager, order.recipient.iin, {
        category: order.eligibility.category,
        validUntil: order.eligibility.validUntil,
        needs: { ...order.eligibility.needs },
        companionEntitled: order.eligibility.companionEntitled,
        payerKato: order.eligibility.payerKato,
      });
      // place() expects the person's row lock: it makes quota and overlap checks race-free.
      const person = await this.beneficiaries.findById(uow.manager, beneficiaryId, 'no-key-update');
      if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
      const policy = await this.policies.inForce(uow.manager, person.residenceKato, time);
      const out = await this.writer.place(uow, {
        beneficiary: person,
        policy,
        channel: 'PORTAL',
        bookedByUserId: null,
        portalOrderId: order.orderId,
        trip: {
          pickup: order.ride.pickup,
          dropoff: order.ride.dropoff,
          timeAnchor: order.ride.timeAnchor,
          time,
          purpose: order.ride.purpose,
          companions: order.ride.companions,
          mobility: person.mobility,
          notes: order.ride.notes ?? null,
        },
        now: this.clock.now(),
      });
      if (!out.ok)
        throw new DomainError('BOOKING_REJECTED', {
          reasons: out.details.map((d) => ({ code: d.code, ...(d.params ? { params: d.params } : {}) })),
        });
      return { status: 201, body: answer(out.booking) };
    });
  }

  /**
   * Reconciliation: where an order stands now and every status it passed through, so the Portal
   * can check its record against ours without waiting for callbacks. Nothing personal.
   */
  async status(orderId: string): Promise<PortalOrderStatus> {
    const b = await this.bookingRows.findOneBy({ portalOrderId: orderId });
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'portal_order', id: orderId });
    const history = await this.portalSync.versionsToTell(this.ds.manager, b, 0);
    const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
    return {
      ...answer(b),
      reason: b.statusReason,
      lateCancellation: b.lateCancellation,
      requestedTime: b.requestedTime.toISOString(),
      plannedPickupAt: iso(b.plannedPickupAt),
      plannedDropoffAt: iso(b.plannedDropoffAt),
      actualPickupAt: iso(b.actualPickupAt),
      actualDropoffAt: iso(b.actualDropoffAt),
      cancelledAt: iso(b.cancelledAt),
      history: history.map((h) => ({
        version: h.version,
        status: h.status,
        reason: h.reason,
        at: new Date(h.at).toISOString(),
      })),
    };
  }

  async cancel(
    event: PortalEvent,
    orderId: string,
    _dto: PortalCancelDto,
    requestId: string,
  ): Promise<PortalAnswer> {
    return this.inbox.handle(event, actorOf(requestId), async (uow) => {
      await this.inboxRows.lockOrder(uow.manager, orderId);
      const b = await uow.manager
        .getRepository(BookingEntity)
        .findOne({ where: { portalOrderId: orderId }, lock: { mode: 'pessimistic_write' } });
      // Not stored in the inbox: a cancel that overtook its order is judged again on retry.
      if (!b) throw new DomainError('NOT_FOUND', { entity: 'portal_order', id: orderId });
      if (b.status === 'CANCELLED') return { status: 200, body: answer(b) };
      const policy = await this.policies.byId(uow.manager, b.policyId, b.regionKato);
      const now = this.clock.now();
      const updated = await transitionBooking(uow, {
        bookingId: b.id,
        to: 'CANCELLED',
        expectedVersion: null,
        // The Portal's free-text reason is not kept: it may name the person or their health.
        reason: 'PORTAL_CANCELLED',
        patch: {
          cancelledAt: now,
          cancelledByUserId: null,
          lateCancellation: isLateCancellation(b.pickupEarliest, now, policy.rules),
        },
      });
      return { status: 200, body: answer(updated) };
    });
  }
}

function actorOf(requestId: string): Actor {
  return { userId: null, role: 'PORTAL', requestId };
}
