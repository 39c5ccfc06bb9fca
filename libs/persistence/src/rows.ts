import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * Plain SQL for the two row operations on the booking hot path (bench:api), with TypeORM's own
 * column metadata and value conversions (dates, jsonb, transformers): the query builder spent more
 * CPU building these statements than PostgreSQL spent running them. Anything else uses TypeORM.
 */

interface Shape {
  table: string;
  byDbName: Map<string, ColumnMetadata>;
  columns: ColumnMetadata[];
  inserts: Map<string, string>;
  updates: Map<string, string>;
}

const shapes = new WeakMap<EntityMetadata, Shape>();

function shapeOf(meta: EntityMetadata): Shape {
  let s = shapes.get(meta);
  if (!s) {
    s = {
      table: `"${meta.tableName}"`,
      byDbName: new Map(meta.columns.map((c) => [c.databaseName, c])),
      columns: meta.columns,
      inserts: new Map(),
      updates: new Map(),
    };
    shapes.set(meta, s);
  }
  return s;
}

/** An entity from a row selected with `*` (or any subset of its columns), as TypeORM would build it. */
export function hydrate<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  row: Record<string, unknown>,
): E {
  const meta = m.connection.getMetadata(target);
  const { byDbName } = shapeOf(meta);
  const driver = m.connection.driver;
  const entity = meta.create() as E;
  for (const key of Object.keys(row)) {
    const c = byDbName.get(key);
    if (c) (entity as ObjectLiteral)[c.propertyName] = driver.prepareHydratedValue(row[key], c);
  }
  return entity;
}

/**
 * INSERT ... RETURNING * for `values` (property names), with its parameters; run it with
 * `query` or `UnitOfWork.flushWith` and hydrate() the row. A version column not given starts at
 * 1, as TypeORM's insert would. With `from` (a CTE's name) the row is inserted once per row
 * that CTE returns: `INSERT ... SELECT $1, ... FROM <from>`, so a guard CTE that matched
 * nothing inserts nothing.
 */
export function insertStatement<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
  from?: string,
): { sql: string; params: unknown[] } {
  const shape = shapeOf(m.connection.getMetadata(target));
  const driver = m.connection.driver;
  const given = values as ObjectLiteral;
  const cols: ColumnMetadata[] = [];
  const params: unknown[] = [];
  for (const c of shape.columns) {
    let v = given[c.propertyName];
    if (v === undefined && c.isVersion) v = 1;
    if (v === undefined) continue;
    cols.push(c);
    params.push(driver.preparePersistentValue(v, c));
  }
  const key = `${cols.map((c) => c.databaseName).join(',')}|${from ?? ''}`;
  let sql = shape.inserts.get(key);
  if (!sql) {
    const row = cols.map((_, i) => `$${i + 1}`).join(', ');
    sql = `INSERT INTO ${shape.table} (${cols.map((c) => `"${c.databaseName}"`).join(', ')}) ${
      from ? `SELECT ${row} FROM ${from}` : `VALUES (${row})`
    } RETURNING *`;
    shape.inserts.set(key, sql);
  }
  return { sql, params };
}

/**
 * The row an INSERT of `values` stores, known before it is written (a response recorded in the
 * same statement: UnitOfWork.respondWith): what `values` leaves out filled in as the database
 * would, creation and update dates `now` (so give them in `values` too), the version 1, the
 * columns' declared defaults (migration:check keeps the schema's the same), null in nullable
 * columns. Generated ids must be given.
 */
export function completeRow<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
  now: Date,
): E {
  const meta = m.connection.getMetadata(target);
  const row = Object.assign(meta.create() as E, values) as ObjectLiteral;
  for (const c of shapeOf(meta).columns) {
    const p = c.propertyName;
    if (row[p] !== undefined) continue;
    if (c.isCreateDate || c.isUpdateDate) row[p] = now;
    else if (c.isVersion) row[p] = 1;
    else if (c.default !== undefined && typeof c.default !== 'function') row[p] = c.default;
    else if (c.isNullable) row[p] = null;
    else throw new Error(`completeRow: ${meta.tableName}.${c.databaseName} has no value`);
  }
  return row as E;
}

/** The stored row (defaults, generated ids, timestamps) as an entity, in one round trip. */
export async function insertReturning<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
): Promise<E> {
  const { sql, params } = insertStatement(m, target, values);
  const rows = await queryPrepared<Record<string, unknown>>(m, sql, params);
  return hydrate(m, target, rows[0] as Record<string, unknown>);
}

/**
 * UPDATE ... WHERE id = $1 AND version = $2 RETURNING *, as TypeORM's `update({ id, version },
 * values)` writes it (the version column + 1 and the update-date column CURRENT_TIMESTAMP unless
 * given), with the stored row in the same round trip: the entity, or null when no row matched.
 * Null also when a key of `values` is not a plain column of the entity (the caller falls back
 * to TypeORM). One statement text per set of columns, so a caller's fixed patch shapes are few.
 */
export async function updateVersionedReturning<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  id: string,
  version: number,
  values: Partial<E>,
): Promise<{ row: E | null } | null> {
  const meta = m.connection.getMetadata(target);
  const shape = shapeOf(meta);
  const driver = m.connection.driver;
  const cols: ColumnMetadata[] = [];
  const params: unknown[] = [id, version];
  for (const [key, v] of Object.entries(values as ObjectLiteral)) {
    if (v === undefined) continue;
    const c = meta.columns.find((x) => x.propertyName === key && !x.relationMetadata && !x.embeddedMetadata);
    if (!c) return null;
    cols.push(c);
    params.push(driver.preparePersistentValue(v, c));
  }
  const key = cols.map((c) => c.databaseName).join(',');
  let sql = shape.updates.get(key);
  if (!sql) {
    const sets = cols.map((c, i) => `"${c.databaseName}" = $${i + 3}`);
    const v = meta.versionColumn;
    if (v && !cols.includes(v)) sets.push(`"${v.databaseName}" = "${v.databaseName}" + 1`);
    const u = meta.updateDateColumn;
    if (u && !cols.includes(u)) sets.push(`"${u.databaseName}" = CURRENT_TIMESTAMP`);
    sql = `UPDATE ${shape.table} SET ${sets.join(', ')} WHERE id = $1 AND "${v?.databaseName ?? 'version'}" = $2 RETURNING *`;
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
  target: EntityTarget<E>,
  id: string,
  lock?: RowLock,
): Promise<E | null> {
  const meta = m.connection.getMetadata(target);
  const rows = await queryPrepared<Record<string, unknown>>(
    m,
    `SELECT * FROM ${shapeOf(meta).table} WHERE id = $1 ${lock ?? ''}`,
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
