import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError,
  diffPolicies,
  isValidKato,
  katoLevel,
  katoWithin,
  validatePolicyRules,
  type FieldError,
  type PolicyChange,
  type ServicePolicyRules,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import { assertRegion, type Principal } from '@invataxi/auth';
import {
  ServicePoliciesRepository,
  ServicePolicyEntity,
  transactAnswering,
  type KeyedRequest,
} from '@invataxi/persistence';
import { PolicyReader, type PolicyInForce } from '@invataxi/booking';

export interface PolicyVersionView {
  id: string;
  regionKato: string;
  version: number;
  effectiveFrom: string;
  createdByUserId: string | null;
  createdAt: string;
  rules: ServicePolicyRules;
}

export interface PolicyInForceView {
  id: string | null;
  version: number | null;
  regionKato: string;
  effectiveFrom: string | null;
  /** True when the region has no version yet and the national defaults apply. */
  nationalDefault: boolean;
  rules: ServicePolicyRules;
}

export interface PolicyPreview {
  against: { id: string | null; version: number | null; nationalDefault: boolean };
  changes: PolicyChange[];
}

function view(v: ServicePolicyEntity): PolicyVersionView {
  return {
    id: v.id,
    regionKato: v.regionKato,
    version: v.version,
    effectiveFrom: v.effectiveFrom.toISOString(),
    createdByUserId: v.createdByUserId,
    createdAt: v.createdAt.toISOString(),
    rules: v.rules,
  };
}

export function inForceView(p: PolicyInForce): PolicyInForceView {
  return {
    id: p.id,
    version: p.version,
    regionKato: p.regionKato,
    effectiveFrom: p.effectiveFrom?.toISOString() ?? null,
    nationalDefault: p.id === null,
    rules: p.rules,
  };
}

/**
 * A region's service policy (issue 3): the LEB officer of the region publishes effective-dated
 * versions; a version is never edited, so a booking's policy_id always means what it meant.
 */
@Injectable()
export class PolicyService {
  constructor(
    private readonly ds: DataSource,
    private readonly reader: PolicyReader,
    private readonly policies: ServicePoliciesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private assertRegionCode(kato: string): void {
    if (!isValidKato(kato) || katoLevel(kato) !== 'REGION')
      throw DomainError.validation([{ field: 'kato', code: 'NOT_A_REGION_CODE' }]);
  }

  private checkRules(regionKato: string, input: unknown): ServicePolicyRules {
    const result = validatePolicyRules(input);
    if (!result.ok)
      throw DomainError.validation(result.errors.map((e) => ({ ...e, field: `rules.${e.field}` })));
    const outside: FieldError[] = [];
    result.rules.serviceAreaKato.forEach((code, i) => {
      if (!katoWithin(code, regionKato))
        outside.push({ field: `rules.serviceAreaKato[${i}]`, code: 'OUTSIDE_REGION' });
    });
    if (outside.length) throw DomainError.validation(outside);
    return result.rules;
  }

  async publish(
    p: Principal,
    regionKato: string,
    input: { rules: unknown; effectiveFrom?: string },
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<PolicyVersionView> {
    this.assertRegionCode(regionKato);
    assertRegion(p, regionKato);
    const rules = this.checkRules(regionKato, input.rules);
    const now = this.clock.now();
    const effectiveFrom = input.effectiveFrom ? new Date(input.effectiveFrom) : now;
    // A minute of clock slack; a version that starts in the past would rewrite history.
    if (effectiveFrom.getTime() < now.getTime() - 60_000)
      throw DomainError.validation([{ field: 'effectiveFrom', code: 'IN_THE_PAST' }]);
    const published = await transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role, requestId },
      async (uow) => {
        const version = await this.policies.nextVersionOfRegion(uow.manager, regionKato);
        const row = uow.manager.getRepository(ServicePolicyEntity).create({
          regionKato,
          version,
          effectiveFrom,
          rules,
          createdByUserId: p.userId,
        });
        const entity = await uow.manager.getRepository(ServicePolicyEntity).save(row);
        uow.audit({
          action: 'service_policy.published',
          entityType: 'service_policy',
          entityId: entity.id,
          after: { regionKato, version: entity.version, effectiveFrom: effectiveFrom.toISOString() },
        });
        // The view is the answer, recorded with the version it describes (Idempotency-Key).
        return view(entity);
      },
      keyed,
    );
    this.reader.forget(regionKato);
    return published;
  }

  async list(regionKato: string): Promise<PolicyVersionView[]> {
    this.assertRegionCode(regionKato);
    return (await this.reader.versions(this.ds.manager, regionKato, true)).map(view);
  }

  async inForce(regionKato: string, at = this.clock.now()): Promise<PolicyInForceView> {
    this.assertRegionCode(regionKato);
    const stored = await this.reader.storedInForce(this.ds.manager, regionKato, at, true);
    return inForceView(
      stored
        ? {
            id: stored.id,
            version: stored.version,
            regionKato,
            effectiveFrom: stored.effectiveFrom,
            rules: stored.rules,
          }
        : await this.reader.inForce(this.ds.manager, regionKato, at),
    );
  }

  /** What would change against the version in force now: nothing is written. */
  async preview(p: Principal, regionKato: string, rulesInput: unknown): Promise<PolicyPreview> {
    this.assertRegionCode(regionKato);
    assertRegion(p, regionKato);
    const rules = this.checkRules(regionKato, rulesInput);
    const current = await this.reader.storedInForce(this.ds.manager, regionKato, this.clock.now(), true);
    const base = current
      ? current.rules
      : (await this.reader.inForce(this.ds.manager, regionKato, this.clock.now())).rules;
    return {
      against: { id: current?.id ?? null, version: current?.version ?? null, nationalDefault: !current },
      changes: diffPolicies(base, rules),
    };
  }
}
