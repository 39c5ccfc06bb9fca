import { IsDateString, IsObject, IsOptional } from 'class-validator';

/** The rules are checked field by field by the domain's validatePolicyRules (400 with paths). */
export class PublishPolicyDto {
  /** When the version takes effect (ISO instant); now when omitted. Never in the past. */
  @IsOptional()
  @IsDateString()
  effectiveFrom?: string;

  @IsObject()
  rules: Record<string, unknown>;
}

export class PreviewPolicyDto {
  @IsObject()
  rules: Record<string, unknown>;
}

export class InForceQuery {
  @IsOptional()
  @IsDateString()
  at?: string;
}
