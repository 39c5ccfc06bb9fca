// The public procurement system as the platform sees it: publish a lot, ask what became of it.
// Its real API is not public (DOMAIN.md, "Still unknown"), so everything else depends on this
// interface only; the HTTP client speaks the protocol the simulator in apps/simulators stands in for.
import { LANGUAGES, type Language, type ProcurementMethod } from '@invataxi/domain';

/** What a lot says: figures and codes only, never a person's data. */
export interface LotRequest {
  /** Our procurement request id: the buyer's own reference. */
  reference: string;
  buyerRegionKato: string;
  method: ProcurementMethod;
  termDays: number;
  serviceAreaKato: string[];
  periodStart: string;
  periodEnd: string;
  estimatedBudgetTenge: number;
  tripsPerMonth: number;
  kmPerMonth: number;
  wheelchairShare: number;
  /** The lot of the failed procurement a single-source one follows. */
  previousLotId: string | null;
  /** Where the system may tell us a lot was decided (we also poll). */
  callbackUrl: string | null;
  /**
   * The fleet the lot buys, sized from evidence (issue 25): the figures and the technical
   * specification in words (kk/ru/en); absent or null: the lot was not sized.
   */
  sizing?: LotSizingSpec | null;
}

/** What a sized lot tells the procurement system about the fleet it buys. */
export interface LotSizingSpec {
  vehicles: number;
  wheelchairVehicles: number;
  /** ISO weekdays and the daily shift the vehicles work. */
  weekdays: number[];
  shiftStart: string;
  shiftEnd: string;
  targetPercent: number;
  expectedServedPercent: number;
  /** The expected on-time share of the sized schedule, percent (LotSizing.expectedOnTimePercent); null: not computed. */
  expectedOnTimePercent: number | null;
  specification: { [L in Language]: string };
}

export type LotStatus = 'PUBLISHED' | 'AWARDED' | 'FAILED';

export interface LotAward {
  supplierBin: string;
  supplierName: string;
  contractNumber: string;
  priceTenge: number;
  termDays: number;
  tariffPerTrip: number;
  tariffPerKm: number;
  /** ISO instant the contract was signed. */
  signedAt: string;
  /** The supplier's contact as the procurement system has it (issue 20); null when it gave none. */
  supplierContact: SupplierContact | null;
}

/**
 * Who to reach at the awarded supplier: its administrator's name, phone, e-mail and language
 * (the invitation to the platform is sent in it; null: not given, Russian is used).
 */
export interface SupplierContact {
  name: string | null;
  phone: string | null;
  email: string | null;
  language: Language | null;
}

function contactOf(v: unknown): SupplierContact | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  const s = (x: unknown): string | null =>
    typeof x === 'string' && x.trim() ? x.trim().slice(0, 200) : null;
  const language = LANGUAGES.find((l) => l === c.language) ?? null;
  const out = { name: s(c.name), phone: s(c.phone), email: s(c.email), language };
  return out.name || out.phone || out.email ? out : null;
}

export interface Lot {
  lotId: string;
  status: LotStatus;
  publishedAt: string;
  award: LotAward | null;
  failureReason: string | null;
}

export interface ProcurementSystem {
  /** Idempotent by key: the same key twice is the same lot. */
  publishLot(lot: LotRequest, idempotencyKey: string): Promise<Lot>;
  getLot(lotId: string): Promise<Lot>;
}

/** Worth retrying: the system did not answer, timed out, or said it is unavailable. */
export class ProcurementUnavailableError extends Error {
  override readonly name = 'ProcurementUnavailableError';
}

/** The system refused the request for good (4xx): retrying the same request cannot help. */
export class ProcurementRejectedError extends Error {
  override readonly name = 'ProcurementRejectedError';
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`procurement system refused the request: ${status} ${code}`);
  }
}

const STATUSES: readonly LotStatus[] = ['PUBLISHED', 'AWARDED', 'FAILED'];

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.length === 0)
    throw new ProcurementUnavailableError(`malformed answer: ${what}`);
  return v;
}
function int(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new ProcurementUnavailableError(`malformed answer: ${what}`);
  return v;
}

/** Reads a lot from an untrusted answer; a malformed one counts as the system being unwell. */
export function parseLot(body: unknown): Lot {
  const b = (body ?? {}) as Record<string, unknown>;
  const status = b.status as LotStatus;
  if (!STATUSES.includes(status)) throw new ProcurementUnavailableError('malformed answer: status');
  const a = b.award as Record<string, unknown> | null | undefined;
  const award: LotAward | null =
    status === 'AWARDED' && a
      ? {
          supplierBin: str(a.supplierBin, 'award.supplierBin'),
          supplierName: str(a.supplierName, 'award.supplierName'),
          contractNumber: str(a.contractNumber, 'award.contractNumber'),
          priceTenge: int(a.priceTenge, 'award.priceTenge'),
          termDays: int(a.termDays, 'award.termDays'),
          tariffPerTrip: int(a.tariffPerTrip, 'award.tariffPerTrip'),
          tariffPerKm: int(a.tariffPerKm, 'award.tariffPerKm'),
          signedAt: str(a.signedAt, 'award.signedAt'),
          supplierContact: contactOf(a.supplierContact),
        }
      : null;
  if (status === 'AWARDED' && !award) throw new ProcurementUnavailableError('malformed answer: award');
  return {
    lotId: str(b.lotId, 'lotId'),
    status,
    publishedAt: str(b.publishedAt, 'publishedAt'),
    award,
    failureReason: typeof b.failureReason === 'string' ? b.failureReason : null,
  };
}
