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
 * 1, as TypeORM's insert would.
 */
export function insertStatement<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
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
  const key = cols.map((c) => c.databaseName).join(',');
  let sql = shape.inserts.get(key);
  if (!sql) {
    sql = `INSERT INTO ${shape.table} (${cols.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${cols
      .map((_, i) => `$${i + 1}`)
      .join(', ')}) RETURNING *`;
    shape.inserts.set(key, sql);
  }
  return { sql, params };
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
