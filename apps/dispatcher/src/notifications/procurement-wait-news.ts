import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, localDateOf, nationalDefaultRulesFor, type Clock, type LocalDate } from '@invataxi/domain';
import type { ProcurementBookingRules } from '@invataxi/notifications';
import {
  BookingEntity,
  ProcurementRequestsRepository,
  ServicePoliciesRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import { expectedServiceDateForBooking, providerChosenForBooking } from '@invataxi/procurement';
import { NotificationPlanner } from './notification-planner';

/** What a message to a ride waiting for procurement says: its expected date and the region's rules. */
export interface ProcurementWaitFacts {
  /** The date the rider's page shows (expectedServiceDateForBooking); null when unknown. */
  expected: LocalDate | null;
  /** The region's booking horizon and phone, and whether a provider is chosen; absent without a date. */
  booking?: ProcurementBookingRules;
}

/**
 * The news a ride waiting for procurement gets, read the way the rider's page reads it: when it
 * turns AWAITING_PROCUREMENT (BookingStatusProcessor), and when its request is awarded (walk t25
 * M1: a provider is chosen; before, the rider heard nothing until a vehicle was assigned and kept
 * reading "cannot be served, book again").
 */
@Injectable()
export class ProcurementWaitNews {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly procurement: ProcurementRequestsRepository,
    private readonly policies: ServicePoliciesRepository,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The booking's expected date, whether a provider is chosen, and its region's rules in force now. */
  async factsOf(m: EntityManager, booking: BookingEntity): Promise<ProcurementWaitFacts> {
    const now = this.clock.now();
    const requests = await this.procurement.openRequestsOfBooking(m, booking.id);
    const expected = expectedServiceDateForBooking(
      requests,
      {
        escalationDays: this.config.PROCUREMENT_ESCALATION_DAYS,
        onboardingDays: this.config.PROCUREMENT_ONBOARDING_DAYS,
      },
      now,
    );
    if (!expected) return { expected };
    const rules =
      (await this.policies.versionInForce(m, booking.regionKato, now))?.rules ??
      nationalDefaultRulesFor(booking.regionKato);
    return {
      expected,
      booking: {
        today: localDateOf(now),
        maxHorizonDays: rules.maxHorizonDays,
        phone: rules.bookingPhone ?? null,
        providerChosen: providerChosenForBooking(requests),
      },
    };
  }

  /**
   * In the award's transaction: each ride still waiting on the request is told a provider is
   * chosen, the date it is expected by, and that the ride is scheduled as soon as the provider
   * has a vehicle for it. Once per award (the occasion names the request). Returns how many
   * rides were told.
   */
  async planAwardNews(uow: UnitOfWork, requestId: string): Promise<number> {
    const waiting = await uow.manager.find(BookingEntity, {
      where: { procurementRequestId: requestId, status: 'AWAITING_PROCUREMENT' },
      order: { requestedTime: 'ASC' },
    });
    let told = 0;
    for (const booking of waiting) {
      const facts = await this.factsOf(uow.manager, booking);
      if (!facts.booking?.providerChosen) continue;
      const ids = await this.planner.plan(uow, {
        booking,
        kind: 'AWAITING_PROCUREMENT',
        occasion: `awarded.${requestId}`,
        now: this.clock.now(),
        expectedServiceDate: facts.expected,
        procurementBooking: facts.booking,
      });
      if (ids.length > 0) told++;
    }
    return told;
  }
}
