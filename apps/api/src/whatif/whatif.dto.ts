import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { WHATIF_VEHICLE_KINDS, type WhatIfVehicleKind } from '@invataxi/domain';
import { NestedObject } from '../http/nested-object';
import { say } from '../http/validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The recorded requests a scenario replays: pickups on these local days, scaled. */
export class WhatIfDemandDto {
  /** First day, YYYY-MM-DD (a day already past). */
  @Matches(DATE)
  from: string;

  /** Last day (included), YYYY-MM-DD; at most 31 days after from, before today. */
  @Matches(DATE)
  to: string;

  /** 1 = as recorded; 1.2 = a fifth more requests; 0.1 to 5. */
  @IsNumber()
  growth: number;
}

/** Vehicles of a kind added (count > 0, working the shift every day) or taken away (count < 0). */
export class WhatIfFleetChangeDto {
  @IsIn(WHATIF_VEHICLE_KINDS)
  kind: WhatIfVehicleKind;

  /** -200 to 200, not 0. */
  @IsInt()
  count: number;

  /** An added vehicle's shift start, HH:MM local. */
  @Matches(TIME, { context: say('TIME_FORMAT') })
  shiftStart: string;

  /** Its end, HH:MM (at or before the start: past midnight). */
  @Matches(TIME, { context: say('TIME_FORMAT') })
  shiftEnd: string;
}

export class WhatIfHoursDto {
  @Matches(TIME, { context: say('TIME_FORMAT') })
  from: string;

  /** HH:MM, after from ("24:00" for midnight). */
  @Matches(TIME, { context: say('TIME_FORMAT') })
  to: string;
}

/** The policy in force with these changes; a field absent or null keeps the policy's own. */
export class WhatIfPolicyDto {
  @IsOptional()
  @NestedObject(() => WhatIfHoursDto)
  serviceHours?: WhatIfHoursDto | null;

  /** Minutes of notice a booking needs. */
  @IsOptional()
  @IsInt()
  minLeadMinutes?: number | null;

  /** Width of the pickup window, minutes (5 to 120). */
  @IsOptional()
  @IsInt()
  windowMinutes?: number | null;

  /** Longest ride as a multiple of the direct drive (1 to 4). */
  @IsOptional()
  @IsNumber()
  rideTimeFactor?: number | null;
}

export class CreateWhatIfScenarioDto {
  /** The officer's name for it. */
  @MinLength(1)
  @MaxLength(120)
  name: string;

  /** The region (KATO); the officer's own when absent. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;

  @NestedObject(() => WhatIfDemandDto)
  demand: WhatIfDemandDto;

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WhatIfFleetChangeDto)
  fleet: WhatIfFleetChangeDto[];

  @NestedObject(() => WhatIfPolicyDto)
  policy: WhatIfPolicyDto;
}

export class WhatIfListQuery {
  /** A region (KATO); the officer's own; every region for the ministry when absent. */
  @IsOptional()
  @Matches(/^\d{9}$/)
  regionKato?: string;
}

export class WhatIfExportQuery {
  /** One or two scenario ids, comma-separated: the workbook puts them side by side. */
  @Matches(/^[0-9a-f-]{36}(,[0-9a-f-]{36})?$/i)
  ids: string;
}
