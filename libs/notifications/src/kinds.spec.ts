import { replacedByLater } from './kinds';

describe('a later message about the ride replaces one waiting to go (issue 23 N3)', () => {
  const none = { told: false, pendingKinds: [] };
  it('when one reached the person, or its words were already known to them', () => {
    expect(replacedByLater({ told: true, pendingKinds: [] }, 'EN_ROUTE')).toBe(true);
  });
  it('when one still waiting is true of the ride now (it will go)', () => {
    expect(replacedByLater({ told: false, pendingKinds: ['PICKUP_TIME_CHANGED'] }, 'EN_ROUTE')).toBe(true);
    expect(replacedByLater({ told: false, pendingKinds: ['BOOKING_SCHEDULED'] }, 'SCHEDULED')).toBe(true);
  });
  it('not when the later ones were dropped, or wait but are no longer true (they will not go)', () => {
    expect(replacedByLater(none, 'SCHEDULED')).toBe(false);
    expect(
      replacedByLater({ told: false, pendingKinds: ['BOOKING_SCHEDULED', 'REMINDER'] }, 'EN_ROUTE'),
    ).toBe(false);
  });
});
