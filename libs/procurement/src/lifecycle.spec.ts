import { DomainError, PROCUREMENT_STATUSES, type ProcurementStatus } from '@invataxi/domain';
import {
  assertProcurementTransition,
  canTransitionProcurement,
  isFinalProcurementStatus,
  PROCUREMENT_TRANSITIONS,
} from './lifecycle';

describe('procurement lifecycle', () => {
  it('allows exactly the path DRAFT -> SUBMITTED -> PUBLISHED -> AWARDED | FAILED, and cancelling before publication', () => {
    const allowed: [ProcurementStatus, ProcurementStatus][] = [];
    for (const from of PROCUREMENT_STATUSES)
      for (const to of PROCUREMENT_STATUSES) if (canTransitionProcurement(from, to)) allowed.push([from, to]);
    expect(allowed.sort()).toEqual(
      [
        ['DRAFT', 'SUBMITTED'],
        ['DRAFT', 'CANCELLED'],
        ['SUBMITTED', 'PUBLISHED'],
        ['SUBMITTED', 'CANCELLED'],
        ['PUBLISHED', 'AWARDED'],
        ['PUBLISHED', 'FAILED'],
      ].sort(),
    );
  });

  it('has every status in the table, and AWARDED, FAILED, CANCELLED are final', () => {
    expect(Object.keys(PROCUREMENT_TRANSITIONS).sort()).toEqual([...PROCUREMENT_STATUSES].sort());
    expect(PROCUREMENT_STATUSES.filter(isFinalProcurementStatus).sort()).toEqual([
      'AWARDED',
      'CANCELLED',
      'FAILED',
    ]);
  });

  it('throws ILLEGAL_TRANSITION naming the move', () => {
    expect(() => assertProcurementTransition('FAILED', 'SUBMITTED')).toThrow(DomainError);
    try {
      assertProcurementTransition('PUBLISHED', 'CANCELLED');
    } catch (e) {
      expect((e as DomainError).code).toBe('ILLEGAL_TRANSITION');
      expect((e as DomainError).params).toEqual({
        entity: 'procurement_request',
        from: 'PUBLISHED',
        to: 'CANCELLED',
      });
    }
    expect(() => assertProcurementTransition('DRAFT', 'SUBMITTED')).not.toThrow();
  });
});
