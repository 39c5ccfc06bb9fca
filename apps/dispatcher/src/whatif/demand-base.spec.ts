import { NO_MOBILITY_NEEDS } from '@invataxi/domain';
import type { DemandRow } from '@invataxi/persistence';
import { demandBase } from './demand-base';

const row = (i: number): DemandRow => ({
  id: `b${i}`,
  beneficiaryId: `p${i % 3}`,
  createdAt: new Date(Date.UTC(2026, 11, 1, 8, i)),
  timeAnchor: 'PICKUP',
  requestedTime: new Date(Date.UTC(2026, 11, 2, 5, i)),
  purpose: 'MEDICAL',
  pickupLat: 51.13,
  pickupLon: 71.43,
  pickupKato: '711210000',
  dropoffLat: 51.14,
  dropoffLon: 71.45,
  dropoffKato: '711210000',
  districtKato: '711210000',
  directSeconds: 300,
  directMetres: 2500,
  companions: 0,
  mobility: NO_MOBILITY_NEEDS,
  birthDate: '1980-01-01',
  disabilityCategory: 'ADULT_GROUP_1',
  disabilityValidUntil: null,
  evidence: [],
  companionEntitled: true,
  status: 'COMPLETED',
  plannedPickupAt: null,
  actualPickupAt: null,
});
const rows = Array.from({ length: 8 }, (_, i) => row(i));

describe('demand base', () => {
  it('is the recorded requests as asked, the person read as the booking checks read them', () => {
    const [first] = demandBase(rows);
    expect(demandBase(rows).map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(first).toMatchObject({
      id: 'b0',
      beneficiaryId: 'p0',
      requestedAt: rows[0]!.createdAt,
      time: rows[0]!.requestedTime,
      person: {
        birthDate: '1980-01-01',
        disability: { category: 'ADULT_GROUP_1', validFrom: null, validUntil: null },
        companionsEntitled: true,
      },
    });
  });

  it('scales by growth with evenly spread copies, each a rider of its own', () => {
    const grown = demandBase(rows, 2.25);
    expect(grown).toHaveLength(18);
    const copies = grown.filter((r) => r.id.includes('~'));
    expect(copies.map((r) => r.id)).toEqual([
      'b0~1',
      'b1~1',
      'b2~1',
      'b3~1',
      'b3~2',
      'b4~1',
      'b5~1',
      'b6~1',
      'b7~1',
      'b7~2',
    ]);
    expect(new Set(grown.map((r) => r.beneficiaryId)).size).toBeGreaterThan(
      new Set(rows.map((r) => r.beneficiaryId)).size,
    );
    expect(demandBase(rows, 0.5).map((r) => r.id)).toEqual(['b1', 'b3', 'b5', 'b7']);
    expect(demandBase(rows, 0)).toEqual([]);
    expect(() => demandBase(rows, Number.NaN)).toThrow(RangeError);
  });
});
