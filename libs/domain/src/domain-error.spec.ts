import { DomainError, isDomainError } from './domain-error';

describe('DomainError', () => {
  it('keeps its class, code and params', () => {
    const e = new DomainError('NOT_FOUND', { entity: 'booking' });
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toBeInstanceOf(Error);
    expect(isDomainError(e)).toBe(true);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe('NOT_FOUND');
    expect(e.params).toEqual({ entity: 'booking' });
    expect(e.message).toContain('NOT_FOUND');
  });

  it('builds validation and rejection errors', () => {
    expect(DomainError.validation([{ field: 'iin', code: 'IIN_BAD_CHECK_DIGIT' }]).params).toEqual({
      errors: [{ field: 'iin', code: 'IIN_BAD_CHECK_DIGIT' }],
    });
    const rejected = DomainError.bookingRejected(['QUOTA_EXCEEDED']);
    expect(rejected.code).toBe('BOOKING_REJECTED');
    expect(rejected.params).toEqual({ reasons: ['QUOTA_EXCEEDED'] });
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
