import fc from 'fast-check';
import {
  assertTransition,
  assertVersion,
  BOOKING_TRANSITIONS,
  canTransition,
  driverMayReport,
  DECIDED_STATUSES,
  FINAL_STATUSES,
  isDecided,
  isFinal,
  isLateCancellation,
  NON_FINAL_STATUSES,
} from './booking-state';
import { DomainError } from './domain-error';
import type { BookingStatus } from './vocabulary';
import { BOOKING_STATUSES } from './vocabulary';

describe('booking lifecycle (DESIGN.md)', () => {
  it('follows the happy path of a ride', () => {
    const path: BookingStatus[] = [
      'REQUESTED',
      'ACCEPTED',
      'SCHEDULED',
      'EN_ROUTE',
      'ARRIVED',
      'ON_BOARD',
      'COMPLETED',
    ];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('has the exits DESIGN.md names', () => {
    expect(canTransition('REQUESTED', 'REJECTED')).toBe(true);
    expect(canTransition('ACCEPTED', 'WAITLISTED')).toBe(true);
    expect(canTransition('ACCEPTED', 'AWAITING_PROCUREMENT')).toBe(true);
    expect(canTransition('AWAITING_PROCUREMENT', 'ACCEPTED')).toBe(true);
    expect(canTransition('AWAITING_PROCUREMENT', 'EXPIRED')).toBe(true);
    expect(canTransition('WAITLISTED', 'SCHEDULED')).toBe(true);
    expect(canTransition('WAITLISTED', 'EXPIRED')).toBe(true);
    expect(canTransition('SCHEDULED', 'ACCEPTED')).toBe(true);
    expect(canTransition('ARRIVED', 'NO_SHOW')).toBe(true);
  });

  it("takes a rejected arrival back to EN_ROUTE on a dispatcher's review, never on a driver's report", () => {
    expect(canTransition('ARRIVED', 'EN_ROUTE')).toBe(true);
    expect(driverMayReport('ARRIVED', 'EN_ROUTE')).toBe(false);
    expect(driverMayReport('EN_ROUTE', 'ARRIVED')).toBe(true);
    expect(driverMayReport('ARRIVED', 'ON_BOARD')).toBe(true);
    expect(driverMayReport('SCHEDULED', 'ON_BOARD')).toBe(false);
  });

  it('lets every non-final status but ON_BOARD be cancelled', () => {
    for (const s of NON_FINAL_STATUSES) expect(canTransition(s, 'CANCELLED')).toBe(s !== 'ON_BOARD');
  });

  it('forbids skipping steps', () => {
    expect(canTransition('REQUESTED', 'SCHEDULED')).toBe(false);
    expect(canTransition('SCHEDULED', 'ON_BOARD')).toBe(false);
    expect(canTransition('EN_ROUTE', 'NO_SHOW')).toBe(false);
    expect(canTransition('WAITLISTED', 'ACCEPTED')).toBe(false);
  });

  it('names the final statuses and the decided ones', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['CANCELLED', 'COMPLETED', 'EXPIRED', 'NO_SHOW', 'REJECTED']);
    expect(isFinal('COMPLETED')).toBe(true);
    expect(isFinal('ARRIVED')).toBe(false);
    for (const s of ['SCHEDULED', 'WAITLISTED', 'AWAITING_PROCUREMENT', ...FINAL_STATUSES] as BookingStatus[])
      expect(isDecided(s)).toBe(true);
    expect(isDecided('REQUESTED')).toBe(false);
    expect(isDecided('ACCEPTED')).toBe(false);
    expect(DECIDED_STATUSES).not.toContain('ACCEPTED');
  });

  it('throws a DomainError ILLEGAL_TRANSITION with from and to', () => {
    expect(() => assertTransition('ACCEPTED', 'SCHEDULED')).not.toThrow();
    try {
      assertTransition('COMPLETED', 'CANCELLED');
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('ILLEGAL_TRANSITION');
      expect((e as DomainError).params).toEqual({ from: 'COMPLETED', to: 'CANCELLED' });
    }
  });

  it('throws STALE_VERSION on a version mismatch', () => {
    expect(() => assertVersion(3, 3)).not.toThrow();
    expect(() => assertVersion(3, 4)).toThrow(expect.objectContaining({ code: 'STALE_VERSION' }));
  });

  it('reaches every status from REQUESTED', () => {
    const seen = new Set<BookingStatus>(['REQUESTED']);
    const queue: BookingStatus[] = ['REQUESTED'];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const next of BOOKING_TRANSITIONS[s]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...BOOKING_STATUSES].sort());
  });

  it('property: random attempts never reach an illegal state; final states have no exits', () => {
    const status = fc.constantFrom(...BOOKING_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 40 }), (attempts) => {
        let current: BookingStatus = 'REQUESTED';
        let finalReached = false;
        for (const to of attempts) {
          let moved = false;
          try {
            assertTransition(current, to);
            moved = true;
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect(canTransition(current, to)).toBe(false);
          }
          if (moved) {
            expect(finalReached).toBe(false); // nothing leaves a final state
            expect(BOOKING_TRANSITIONS[current]).toContain(to);
            current = to;
          }
          expect(BOOKING_STATUSES).toContain(current);
          if (isFinal(current)) finalReached = true;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: a final status refuses every target', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATUSES), fc.constantFrom(...BOOKING_STATUSES), (from, to) => {
        expect(canTransition(from, to)).toBe(false);
      }),
    );
  });
});

describe('late cancellation', () => {
  const pickupEarliest = new Date('2026-12-01T05:00:00Z');
  const policy = { lateCancelMinutes: 120 };
  it('is late inside the window before the pickup and after it opened', () => {
    expect(isLateCancellation(pickupEarliest, new Date('2026-12-01T02:59:00Z'), policy)).toBe(false);
    expect(isLateCancellation(pickupEarliest, new Date('2026-12-01T03:00:00Z'), policy)).toBe(false);
    expect(isLateCancellation(pickupEarliest, new Date('2026-12-01T03:00:01Z'), policy)).toBe(true);
    expect(isLateCancellation(pickupEarliest, new Date('2026-12-01T06:00:00Z'), policy)).toBe(true);
  });
});
