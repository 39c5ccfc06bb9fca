import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const FLAG_DECISIONS = ['CONFIRMED', 'REJECTED'] as const;
export type FlagDecision = (typeof FLAG_DECISIONS)[number];

export class ReviewFlagDto {
  /** CONFIRMED: the ride was served as the driver reported (it is billed); REJECTED: it was not (never billed). */
  @IsIn(FLAG_DECISIONS)
  decision: FlagDecision;

  /** What the dispatcher checked (a call to the driver or the rider): kept in the audit log. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
