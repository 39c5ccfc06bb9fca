import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import {
  CLOCK,
  DomainError,
  addDaysToLocalDate,
  buildFlexFeed,
  isValidKato,
  katoLevel,
  localDateOf,
  localDateTimeToUtc,
  nationalDefaultRulesFor,
  serviceAreaGeometry,
  type Clock,
} from '@invataxi/domain';
import { PolicyReader } from '@invataxi/booking';
import { awardedServiceStart } from '@invataxi/procurement';
import { CoverageRepository, RegionsRepository } from '@invataxi/persistence';
import { GazetteerService } from '../gazetteer/gazetteer.service';

/** One region's feed as served: the zip and what the HTTP answer says of it. */
export interface GtfsFeedFile {
  zip: Buffer;
  etag: string;
  /** The latest of: its rules' publication, its contracts' writing, its first day's start. */
  lastModified: Date;
}

/**
 * A region's service published as GTFS-Flex (issue 25, item 3): built on request from the policy
 * in force and cached by the versions it depends on (the one in force, the next published one)
 * and the day, so publishing a version regenerates it at the next request; versions are never
 * edited, so a key that did not change cannot hide a change.
 */
@Injectable()
export class GtfsFeedService {
  private readonly cache = new Map<string, { key: string; file: GtfsFeedFile }>();

  constructor(
    private readonly ds: DataSource,
    private readonly reader: PolicyReader,
    private readonly regions: RegionsRepository,
    private readonly coverage: CoverageRepository,
    private readonly gazetteer: GazetteerService,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async feed(kato: string): Promise<GtfsFeedFile> {
    if (!isValidKato(kato) || katoLevel(kato) !== 'REGION')
      throw DomainError.validation([{ field: 'kato', code: 'NOT_A_REGION_CODE' }]);
    const now = this.clock.now();
    const today = localDateOf(now);
    // Newest first by effectiveFrom: the first not after now is in force, the last after now is next.
    const versions = await this.reader.versions(this.ds.manager, kato);
    const inForce = versions.find((v) => v.effectiveFrom.getTime() <= now.getTime()) ?? null;
    const next = versions.filter((v) => v.effectiveFrom.getTime() > now.getTime()).at(-1) ?? null;
    // Service is published only from when a provider's contract serves the region (walk t25
    // M6): a region whose rides wait for procurement publishes none (404), so no trip planner
    // offers a service the platform refuses to carry.
    const contracts = await this.coverage.contractedService(this.ds.manager, kato, today);
    if (contracts.length === 0)
      throw new DomainError('NOT_FOUND', { entity: 'gtfs_service', id: kato, say: 'GTFS_NO_SERVICE' });
    // A provider that came through a procurement award serves from the date its service starts,
    // the one its riders and the officer read (awardedServiceStart: its first shift's day, else
    // the date riders were told, walk t25 M1 and t25b N5): not from the award day, when it has
    // no vehicle or shift yet.
    const dateRules = {
      escalationDays: this.config.PROCUREMENT_ESCALATION_DAYS,
      onboardingDays: this.config.PROCUREMENT_ONBOARDING_DAYS,
    };
    const starts = contracts.map((c) =>
      c.award ? awardedServiceStart({ ...c.award, contractStart: c.from }, dateRules, now) : c.from,
    );
    const first = starts.reduce((a, b) => (b < a ? b : a));
    const from = first > today ? first : today;
    const last = contracts.some((c) => c.to === null)
      ? null
      : contracts
          .map((c) => c.to!)
          .sort()
          .at(-1)!;
    const ends = last ? addDaysToLocalDate(last, 1) : null;
    const changedAt = new Date(Math.max(...contracts.map((c) => c.changedAt.getTime())));
    const nextFrom = next ? localDateOf(next.effectiveFrom) : null;
    const until = nextFrom && (!ends || nextFrom < ends) ? nextFrom : ends;
    const rules = inForce?.rules ?? nationalDefaultRulesFor(kato);
    // The phone to book by: the region's public booking phone from its policy, else none (the
    // feed then says to book online). A provider's contact phone is never published: an
    // awarded supplier's is its administrator's own mobile (walk t25 minor 6), and no provider
    // field says a phone is public.
    const phone = rules.bookingPhone ?? null;
    const key = `${inForce?.id ?? 'national-default'}|${phone ?? ''}|${next?.id ?? ''}|${from}|${until ?? ''}|${changedAt.toISOString()}`;
    const hit = this.cache.get(kato);
    if (hit?.key === key) return hit.file;

    const names = (await this.regions.placesOf([kato])).get(kato)?.names;
    if (!names) throw new DomainError('NOT_FOUND', { entity: 'region', id: kato });
    const area = serviceAreaGeometry(rules, this.gazetteer.pointsWithin(rules.serviceAreaKato));
    // A region whose policy draws no polygon and whose streets the gazetteer does not hold: no
    // honest service area to publish.
    if (!area) throw new DomainError('NOT_FOUND', { entity: 'service_area', id: kato });
    if (rules.serviceHours.every((day) => day.length === 0))
      throw new DomainError('NOT_FOUND', { entity: 'service_hours', id: kato });

    const files = buildFlexFeed({
      region: { kato, names },
      policy: { id: inForce?.id ?? null, version: inForce?.version ?? null, rules },
      area,
      baseUrl: this.config.PUBLIC_BASE_URL,
      phone,
      from,
      nextVersionFrom: until,
    });
    // The content changes with its rules, its contracts and its first day (the calendar rolls
    // daily): Last-Modified is the latest of the three.
    const lastModified = new Date(
      Math.max(
        inForce?.createdAt.getTime() ?? 0,
        changedAt.getTime(),
        localDateTimeToUtc(from, '00:00').getTime(),
      ),
    );
    const zip = new JSZip();
    // Fixed entry dates: the same rules give the same bytes, so the ETag is stable across processes.
    for (const [name, text] of Object.entries(files)) zip.file(name, text, { date: lastModified });
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const file: GtfsFeedFile = {
      zip: buffer,
      etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"`,
      lastModified,
    };
    this.cache.set(kato, { key, file });
    return file;
  }
}
