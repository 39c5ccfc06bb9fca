import { effectiveVersionAt } from './policy-version';

const versions = [
  { id: 'v1', effectiveFrom: '2025-12-31T19:00:00Z' },
  { id: 'v2', effectiveFrom: new Date('2026-06-30T19:00:00Z') },
  { id: 'v0', effectiveFrom: '2025-01-01T00:00:00Z', effectiveTo: '2025-12-31T19:00:00Z' },
];

describe('effective-dated policy versions', () => {
  it('picks the latest version in force at the instant', () => {
    expect(effectiveVersionAt(versions, new Date('2026-03-01T00:00:00Z'))?.id).toBe('v1');
    expect(effectiveVersionAt(versions, new Date('2026-06-30T19:00:00Z'))?.id).toBe('v2');
    expect(effectiveVersionAt(versions, new Date('2025-06-01T00:00:00Z'))?.id).toBe('v0');
    expect(effectiveVersionAt(versions, new Date('2024-06-01T00:00:00Z'))).toBeNull();
  });

  it('skips an ended version', () => {
    expect(effectiveVersionAt([versions[2]!], new Date('2026-01-05T00:00:00Z'))).toBeNull();
  });
});
