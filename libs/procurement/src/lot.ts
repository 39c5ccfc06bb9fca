// The lot a request buys (issue 20, "a lot worth buying"): not just the rides already booked but
// the service a district needs for the period: trips per month projected from the waiting demand
// and the eligible population there (beneficiaries registered in the district) at the share of
// people who ride in the region, the wheelchair share, the vehicles and hours it implies, and the
// budget from the tariffs. Pure: every figure carries where it came from (a source code the page
// shows in kk/ru/en, PROCUREMENT_SOURCE_TEXTS), so the officer can check each one.
import { addDaysToLocalDate, daysBetweenLocalDates, type LocalDate } from '@invataxi/domain';
import type { DemandFigures } from './demand';

/** Where a figure of the lot comes from. */
export type LotSource =
  | 'WAITING_RIDES'
  | 'BENEFICIARY_REGISTER'
  | 'REGION_HISTORY'
  | 'ASSUMPTION'
  | 'BUDGET_YEAR'
  | 'OFFICER_CHOICE'
  | 'REGION_CONTRACTS_MEDIAN'
  | 'CONFIG_DEFAULT'
  | 'COMPUTED'
  /** The fleet sized from evidence (issue 25) that the lot carries. */
  | 'SIZING';

export interface LotFigure {
  key: string;
  value: number;
  unit: 'trips' | 'km' | 'people' | 'share' | 'vehicles' | 'hours' | 'tenge' | 'days' | 'months';
  source: LotSource;
}

export interface LotEstimate {
  /** The period bought: from the first day counted to the period's end (local dates). */
  start: LocalDate;
  end: LocalDate;
  /** Days in it, and the contract term it suggests (the same days). */
  days: number;
  suggestedTermDays: number;
  tripsPerMonth: number;
  kmPerMonth: number;
  tripsInPeriod: number;
  wheelchairShare: number;
  vehicles: number;
  vehicleHoursPerMonth: number;
  budgetTenge: number;
  figures: LotFigure[];
}

/** Assumptions, said as such on the page (no figure of the law or the ministry gives them). */
export const LOT_ASSUMPTIONS = {
  /** Share of eligible people who ride in a month when the region has no history to tell. */
  ridersShare: 0.3,
  /** Trips one vehicle carries in a working day (door to door, boarding a wheelchair included). */
  tripsPerVehicleDay: 8,
  /** Working days of a vehicle in a month. */
  vehicleDaysPerMonth: 22,
  /** Hours a trip takes a vehicle: driving at 25 km/h plus 15 minutes of boarding and waiting. */
  kmPerHour: 25,
  boardingHours: 0.25,
} as const;

const DAYS_PER_MONTH = 30.4375;

function round(v: number, d: number): number {
  const f = 10 ** d;
  return Math.round(v * f) / f;
}

export interface LotInput {
  demand: DemandFigures;
  /** Beneficiaries registered (residence) in the request's places. */
  eligiblePeople: number;
  /**
   * Share of the region's registered beneficiaries who rode in the last 90 days, or null when
   * the region has no rides to tell (the assumption is used then).
   */
  regionRidersShare: number | null;
  /** The period's source: the rest of the budget year, or the officer's pick (the demand's countedFrom..countedTo). */
  periodSource?: 'BUDGET_YEAR' | 'OFFICER_CHOICE';
}

/** The figures that follow from the period: its days, the trips in it and the budget for them. */
function periodPart(
  start: LocalDate,
  end: LocalDate,
  tripsPerMonth: number,
  kmPerTrip: number,
  tariff: { perTrip: number; perKm: number },
): { days: number; tripsInPeriod: number; budgetTenge: number } {
  const days = Math.max(1, daysBetweenLocalDates(start, addDaysToLocalDate(end, 1)));
  const tripsInPeriod = Math.ceil((tripsPerMonth * days) / DAYS_PER_MONTH);
  const kmInPeriod = tripsInPeriod * kmPerTrip;
  const budgetTenge = Math.round(tripsInPeriod * tariff.perTrip + kmInPeriod * tariff.perKm);
  return { days, tripsInPeriod, budgetTenge };
}

/**
 * The same lot over the period the officer picked (issue 20): the monthly figures stay (they
 * come from the demand and the register, not from the period); the days, the trips in the
 * period, the budget and the suggested term are recomputed, and the period says it is the
 * officer's. The worker's next aggregation computes it in full over the same period.
 */
export function lotForPeriod(lot: LotEstimate, start: LocalDate, end: LocalDate): LotEstimate {
  const value = (key: string): number => lot.figures.find((f) => f.key === key)?.value ?? 0;
  const kmPerTrip = lot.tripsPerMonth > 0 ? lot.kmPerMonth / lot.tripsPerMonth : 0;
  const p = periodPart(start, end, lot.tripsPerMonth, kmPerTrip, {
    perTrip: value('tariffPerTrip'),
    perKm: value('tariffPerKm'),
  });
  const changed: Record<string, { value: number; source?: LotSource }> = {
    periodDays: { value: p.days, source: 'OFFICER_CHOICE' },
    tripsInPeriod: { value: p.tripsInPeriod },
    budget: { value: p.budgetTenge },
  };
  return {
    ...lot,
    start,
    end,
    days: p.days,
    suggestedTermDays: p.days,
    tripsInPeriod: p.tripsInPeriod,
    budgetTenge: p.budgetTenge,
    figures: lot.figures.map((f) => {
      const c = changed[f.key];
      return c ? { ...f, value: c.value, source: c.source ?? f.source } : { ...f };
    }),
  };
}

/**
 * - People who will ride: at least those waiting; else eligible people x riders' share.
 * - Trips per month: the waiting riders' own rate (trips per rider per month, at least one a
 *   month) times the people who will ride; never less than the waiting demand's rate.
 * - Km per month at the waiting rides' average distance; vehicles and hours from the assumptions.
 * - Budget over the counted days at the tariff, whole tenge.
 */
export function estimateLot(input: LotInput): LotEstimate {
  const d = input.demand;
  const start = d.countedFrom;
  const end = d.countedTo;
  const share = input.regionRidersShare ?? LOT_ASSUMPTIONS.ridersShare;
  const waitingRiders = d.beneficiaries;
  const projectedRiders = Math.max(waitingRiders, Math.round(input.eligiblePeople * share));
  const perRider = waitingRiders > 0 ? Math.max(1, d.tripsPerMonth / waitingRiders) : 1;
  const tripsPerMonth = Math.max(d.tripsPerMonth, round(perRider * projectedRiders, 1));
  const kmPerTrip = d.tripsInPeriod > 0 ? d.kmInPeriod / d.tripsInPeriod : 0;
  const kmPerMonth = round(tripsPerMonth * kmPerTrip, 1);
  const { days, tripsInPeriod, budgetTenge } = periodPart(start, end, tripsPerMonth, kmPerTrip, d.tariff);
  const vehicles = Math.max(
    1,
    Math.ceil(tripsPerMonth / (LOT_ASSUMPTIONS.tripsPerVehicleDay * LOT_ASSUMPTIONS.vehicleDaysPerMonth)),
  );
  const hoursPerTrip = kmPerTrip / LOT_ASSUMPTIONS.kmPerHour + LOT_ASSUMPTIONS.boardingHours;
  const vehicleHoursPerMonth = round(tripsPerMonth * hoursPerTrip, 1);
  const tariffSource: LotSource = d.tariff.source;
  const figures: LotFigure[] = [
    { key: 'periodDays', value: days, unit: 'days', source: input.periodSource ?? 'BUDGET_YEAR' },
    { key: 'waitingRiders', value: waitingRiders, unit: 'people', source: 'WAITING_RIDES' },
    { key: 'waitingTripsPerMonth', value: d.tripsPerMonth, unit: 'trips', source: 'WAITING_RIDES' },
    { key: 'eligiblePeople', value: input.eligiblePeople, unit: 'people', source: 'BENEFICIARY_REGISTER' },
    {
      key: 'ridersShare',
      value: round(share, 2),
      unit: 'share',
      source: input.regionRidersShare === null ? 'ASSUMPTION' : 'REGION_HISTORY',
    },
    { key: 'projectedRiders', value: projectedRiders, unit: 'people', source: 'COMPUTED' },
    { key: 'tripsPerMonth', value: tripsPerMonth, unit: 'trips', source: 'COMPUTED' },
    { key: 'kmPerMonth', value: kmPerMonth, unit: 'km', source: 'COMPUTED' },
    { key: 'wheelchairShare', value: d.wheelchairShare, unit: 'share', source: 'WAITING_RIDES' },
    { key: 'vehicles', value: vehicles, unit: 'vehicles', source: 'ASSUMPTION' },
    { key: 'vehicleHoursPerMonth', value: vehicleHoursPerMonth, unit: 'hours', source: 'ASSUMPTION' },
    { key: 'tariffPerTrip', value: d.tariff.perTrip, unit: 'tenge', source: tariffSource },
    { key: 'tariffPerKm', value: d.tariff.perKm, unit: 'tenge', source: tariffSource },
    { key: 'tripsInPeriod', value: tripsInPeriod, unit: 'trips', source: 'COMPUTED' },
    { key: 'budget', value: budgetTenge, unit: 'tenge', source: 'COMPUTED' },
  ];
  return {
    start,
    end,
    days,
    suggestedTermDays: days,
    tripsPerMonth,
    kmPerMonth,
    tripsInPeriod,
    wheelchairShare: d.wheelchairShare,
    vehicles,
    vehicleHoursPerMonth,
    budgetTenge,
    figures,
  };
}

/**
 * The lot's figures once a sizing from evidence is attached (issue 25): the vehicles it found and
 * their hours a month (the hours of the days sized, spread over an average month) replace the
 * assumption. The trips, km and budget come from the demand and the tariff, not the vehicles, and stay.
 */
export function lotFiguresWithSizing<F extends LotFigure>(
  figures: readonly F[],
  sizing: { vehicles: number; serviceHours: number; firstDay: LocalDate; lastDay: LocalDate },
): F[] {
  const days = Math.max(1, daysBetweenLocalDates(sizing.firstDay, addDaysToLocalDate(sizing.lastDay, 1)));
  const sized: Record<string, number> = {
    vehicles: sizing.vehicles,
    vehicleHoursPerMonth: round((sizing.serviceHours / days) * DAYS_PER_MONTH, 1),
  };
  return figures.map((f) =>
    f.key in sized ? { ...f, value: sized[f.key]!, source: 'SIZING' as const } : { ...f },
  );
}
