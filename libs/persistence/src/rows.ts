import { createHash } from 'node:crypto';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { AppUserEntity } from './entities/app-user.entity';
import { BeneficiaryEntity } from './entities/beneficiary.entity';
import { BookingEntity } from './entities/booking.entity';
import { NotificationEntity } from './entities/notification.entity';

/**
 * Plain SQL for the row operations on the hot paths (bench:api, the notification worker): the
 * query builder spent more CPU building these statements than PostgreSQL spent running them.
 * Anything else uses TypeORM. How a row maps to its entity is written out here (RowShape), not
 * read from TypeORM's metadata: test/persistence/rows.e2e-spec.ts checks each shape against the
 * entity's declared columns and the reads against TypeORM's own.
 */

/** How one table's rows map to its entity. Column names are the properties in snake_case (SnakeNamingStrategy). */
export interface RowShape<E> {
  table: string;
  /** Every column property of the entity. */
  columns: readonly (keyof E & string)[];
  /** PostgreSQL `date` columns: pg reads them as a Date at local midnight, the entities keep 'YYYY-MM-DD'. */
  dates: readonly (keyof E & string)[];
  /** jsonb columns: written as JSON text (pg would write a JS array as a PostgreSQL array). */
  jsonb: readonly (keyof E & string)[];
  /**
   * TypeORM's VersionColumn `version` and UpdateDateColumn `updated_at`: an INSERT without a
   * version starts at 1; an UPDATE moves the version on and stamps updated_at unless given.
   */
  versioned: boolean;
}

const BOOKING_SHAPE: RowShape<BookingEntity> = {
  table: 'booking',
  columns: [
    'id',
    'beneficiaryId',
    'bookedByUserId',
    'channel',
    'portalOrderId',
    'regionKato',
    'policyId',
    'pickupAddress',
    'pickupLat',
    'pickupLon',
    'pickupKato',
    'dropoffAddress',
    'dropoffLat',
    'dropoffLon',
    'dropoffKato',
    'timeAnchor',
    'requestedTime',
    'purpose',
    'companions',
    'mobility',
    'loadSeats',
    'loadWheelchairPlaces',
    'stepFree',
    'needsLift',
    'boardingSeconds',
    'notes',
    'returnOfBookingId',
    'seriesId',
    'seriesDate',
    'status',
    'statusReason',
    'pickupEarliest',
    'pickupLatest',
    'dropoffEarliest',
    'dropoffLatest',
    'maxRideSeconds',
    'directSeconds',
    'directMetres',
    'shiftId',
    'confirmedToDriver',
    'plannedPickupAt',
    'plannedDropoffAt',
    'arrivedAt',
    'actualPickupAt',
    'actualDropoffAt',
    'actualMetres',
    'cancelledAt',
    'cancelledByUserId',
    'lateCancellation',
    'noShowForgivenAt',
    'noShowEvidence',
    'noShowDisputeUntil',
    'noShowDisputedAt',
    'noShowDisputeText',
    'noShowDisputeDecision',
    'noShowDisputeDecidedAt',
    'noShowDisputeDecidedBy',
    'noShowDisputeReason',
    'noShowDisputeNote',
    'noShowForgivenReason',
    'procurementRequestId',
    'createdAt',
    'updatedAt',
    'version',
  ],
  dates: ['seriesDate', 'noShowDisputeUntil'],
  jsonb: ['mobility', 'noShowEvidence'],
  versioned: true,
};

const BENEFICIARY_SHAPE: RowShape<BeneficiaryEntity> = {
  table: 'beneficiary',
  columns: [
    'id',
    'iinCiphertext',
    'iinKeyId',
    'iinHash',
    'iinMasked',
    'fullName',
    'birthDate',
    'sex',
    'phone',
    'language',
    'residenceKato',
    'residenceAddress',
    'residenceLat',
    'residenceLon',
    'disabilityCategory',
    'disabilityValidUntil',
    'evidence',
    'mobility',
    'companionEntitled',
    'suspendedUntil',
    'smsOptOut',
    'inAppOptOut',
    'notifyGuardians',
    'createdAt',
    'updatedAt',
    'version',
    'bookingSeq',
  ],
  dates: ['birthDate', 'disabilityValidUntil'],
  jsonb: ['evidence', 'mobility'],
  versioned: true,
};

const NOTIFICATION_SHAPE: RowShape<NotificationEntity> = {
  table: 'notification',
  columns: [
    'id',
    'dedupKey',
    'bookingId',
    'beneficiaryId',
    'recipientUserId',
    'channel',
    'kind',
    'language',
    'text',
    'segments',
    'status',
    'attempts',
    'externalId',
    'error',
    'sendAfter',
    'pickupAt',
    'sentAt',
    'deliveredAt',
    'readAt',
    'createdAt',
  ],
  dates: [],
  jsonb: [],
  versioned: false,
};

const APP_USER_SHAPE: RowShape<AppUserEntity> = {
  table: 'app_user',
  columns: [
    'id',
    'role',
    'displayName',
    'phone',
    'language',
    'regionKato',
    'providerId',
    'beneficiaryId',
    'driverId',
    'createdAt',
    'status',
    'email',
    'passwordHash',
    'totpSecret',
    'totpKeyId',
    'totpEnabled',
    'totpLastStep',
    'failedSignIns',
    'lockedUntil',
  ],
  dates: [],
  jsonb: [],
  versioned: false,
};

type Target<E> = abstract new (...args: never[]) => E;

/** The shapes written out above, by entity class: the entities these helpers serve. */
export const ROW_SHAPES = new Map<Target<ObjectLiteral>, RowShape<ObjectLiteral>>([
  [BookingEntity, BOOKING_SHAPE as RowShape<ObjectLiteral>],
  [BeneficiaryEntity, BENEFICIARY_SHAPE as RowShape<ObjectLiteral>],
  [NotificationEntity, NOTIFICATION_SHAPE as RowShape<ObjectLiteral>],
  [AppUserEntity, APP_USER_SHAPE as RowShape<ObjectLiteral>],
]);

function snake(property: string): string {
  return property.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A shape ready to use: column names, and the statements built so far by their columns. */
interface Compiled {
  table: string;
  /** Column name -> property. */
  byColumn: Map<string, string>;
  /** Property -> column name. */
  byProperty: Map<string, string>;
  dates: Set<string>;
  jsonb: Set<string>;
  versioned: boolean;
  inserts: Map<string, string>;
  updates: Map<string, string>;
}

const compiled = new Map<Target<ObjectLiteral>, Compiled>();

function shapeOf(target: Target<ObjectLiteral>): Compiled {
  let c = compiled.get(target);
  if (c) return c;
  const shape = ROW_SHAPES.get(target);
  if (!shape) throw new Error(`rows: no RowShape for ${target.name}`);
  c = {
    table: `"${shape.table}"`,
    byColumn: new Map(shape.columns.map((p) => [snake(p), p])),
    byProperty: new Map(shape.columns.map((p) => [p, snake(p)])),
    dates: new Set(shape.dates),
    jsonb: new Set(shape.jsonb),
    versioned: shape.versioned,
    inserts: new Map(),
    updates: new Map(),
  };
  compiled.set(target, c);
  return c;
}

/** 'YYYY-MM-DD' of a date column as pg reads it (a Date at local midnight). */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function readValue(shape: Compiled, property: string, value: unknown): unknown {
  if (value instanceof Date && shape.dates.has(property)) return localDate(value);
  return value;
}

function writeValue(shape: Compiled, property: string, value: unknown): unknown {
  if (value === null) return null;
  if (shape.jsonb.has(property)) return JSON.stringify(value);
  if (value instanceof Date && shape.dates.has(property)) return localDate(value);
  return value;
}

/** An entity from a row selected with `*` (or any subset of its columns). */
export function hydrate<E extends ObjectLiteral>(
  m: EntityManager,
  target: Target<E>,
  row: Record<string, unknown>,
): E {
  const shape = shapeOf(target);
  const entity = m.create(target as never) as ObjectLiteral;
  for (const key of Object.keys(row)) {
    const p = shape.byColumn.get(key);
    if (p) entity[p] = readValue(shape, p, row[key]);
  }
  return entity as E;
}

/** The stored row (defaults, generated ids, timestamps) as an entity, in one round trip. */
export async function insertReturning<E extends ObjectLiteral>(
  m: EntityManager,
  target: Target<E>,
  values: Partial<E>,
): Promise<E> {
  const shape = shapeOf(target);
  const given: ObjectLiteral = { ...values };
  // TypeORM's insert starts a version column at 1.
  if (shape.versioned && given.version === undefined) given.version = 1;
  const cols: string[] = [];
  const params: unknown[] = [];
  for (const [p, column] of shape.byProperty) {
    if (given[p] === undefined) continue;
    cols.push(column);
    params.push(writeValue(shape, p, given[p]));
  }
  const key = cols.join(',');
  let sql = shape.inserts.get(key);
  if (!sql) {
    sql = `INSERT INTO ${shape.table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols
      .map((_, i) => `$${i + 1}`)
      .join(', ')}) RETURNING *`;
    shape.inserts.set(key, sql);
  }
  const rows = await queryPrepared<Record<string, unknown>>(m, sql, params);
  return hydrate(m, target, rows[0] as Record<string, unknown>);
}

/**
 * UPDATE ... WHERE id = $1 AND version = $2 RETURNING *, as TypeORM's `update({ id, version },
 * values)` writes it (the version + 1 and updated_at CURRENT_TIMESTAMP unless given), with the
 * stored row in the same round trip: the entity, or null when no row matched. Null also when a
 * key of `values` is not a column of the entity (the caller falls back to TypeORM). One
 * statement text per set of columns, so a caller's fixed patch shapes are few.
 */
export async function updateVersionedReturning<E extends ObjectLiteral>(
  m: EntityManager,
  target: Target<E>,
  id: string,
  version: number,
  values: Partial<E>,
): Promise<{ row: E | null } | null> {
  const shape = shapeOf(target);
  const cols: string[] = [];
  const params: unknown[] = [id, version];
  for (const [p, v] of Object.entries(values as ObjectLiteral)) {
    if (v === undefined) continue;
    const column = shape.byProperty.get(p);
    if (!column) return null;
    cols.push(column);
    params.push(writeValue(shape, p, v));
  }
  const key = cols.join(',');
  let sql = shape.updates.get(key);
  if (!sql) {
    const sets = cols.map((c, i) => `"${c}" = $${i + 3}`);
    if (shape.versioned && !cols.includes('version')) sets.push(`"version" = "version" + 1`);
    if (shape.versioned && !cols.includes('updated_at')) sets.push(`"updated_at" = CURRENT_TIMESTAMP`);
    sql = `UPDATE ${shape.table} SET ${sets.join(', ')} WHERE id = $1 AND "version" = $2 RETURNING *`;
    shape.updates.set(key, sql);
  }
  // TypeORM answers an UPDATE with [rows, affected count].
  const [rows] = (await queryPrepared<unknown>(m, sql, params)) as [Record<string, unknown>[], number];
  return { row: rows[0] ? hydrate(m, target, rows[0]) : null };
}

export type RowLock = 'FOR UPDATE' | 'FOR NO KEY UPDATE' | 'FOR SHARE';

/** One row by primary key (a single `id` column), optionally locked; null when there is none. */
export async function selectById<E extends ObjectLiteral>(
  m: EntityManager,
  target: Target<E>,
  id: string,
  lock?: RowLock,
): Promise<E | null> {
  const rows = await queryPrepared<Record<string, unknown>>(
    m,
    `SELECT * FROM ${shapeOf(target).table} WHERE id = $1 ${lock ?? ''}`,
    [id],
  );
  return rows[0] ? hydrate(m, target, rows[0]) : null;
}

const names = new Map<string, string>();

/**
 * `m.query` as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of at every call (the hot path's statements are long CTEs). TypeORM hands the query
 * object through to pg unchanged, so its error wrapping (QueryFailedError) and result shape stay.
 */
export function queryPrepared<R>(m: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  let name = names.get(sql);
  if (!name) {
    name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    names.set(sql, name);
  }
  return m.query({ name, text: sql } as unknown as string, params) as Promise<R[]>;
}
