import { CONFIG_SCHEMA, type ConfigKey, type Variable } from './schema';

type ValueOf<V> = V extends { kind: 'int' | 'number' }
  ? number
  : V extends { kind: 'list' }
    ? string[]
    : V extends { kind: 'bool' }
      ? boolean
      : V extends { kind: 'enum'; values: readonly (infer E)[] }
        ? E
        : string;

export type AppConfig = {
  readonly [K in ConfigKey]: ValueOf<(typeof CONFIG_SCHEMA)[K]>;
};

/** A configuration problem: one line naming the variable and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

function parse(key: string, v: Variable, raw: string): unknown {
  switch (v.kind) {
    case 'string':
      return raw;
    case 'secret':
      if (v.minLength && raw.length < v.minLength)
        throw new ConfigError(key, `must be at least ${v.minLength} characters long`);
      return raw;
    case 'int':
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || (v.kind === 'int' && !Number.isInteger(n)))
        throw new ConfigError(key, `must be ${v.kind === 'int' ? 'an integer' : 'a number'}, got "${raw}"`);
      if (v.min !== undefined && n < v.min) throw new ConfigError(key, `must be at least ${v.min}, got ${n}`);
      if (v.max !== undefined && n > v.max) throw new ConfigError(key, `must be at most ${v.max}, got ${n}`);
      return n;
    }
    case 'url':
      try {
        new URL(raw);
      } catch {
        throw new ConfigError(key, `must be a URL, got "${raw}"`);
      }
      return raw;
    case 'list':
      return raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    case 'bool':
      if (!['true', 'false', '1', '0'].includes(raw))
        throw new ConfigError(key, `must be true or false, got "${raw}"`);
      return raw === 'true' || raw === '1';
    case 'enum':
      if (!v.values?.includes(raw))
        throw new ConfigError(key, `must be one of ${v.values?.join(', ')}, got "${raw}"`);
      return raw;
  }
}

/** An http(s) origin or URL, parsed; null when it is neither. */
function httpUrl(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The map's style and tile origins: absolute http(s), https in production, origins only. */
function checkMap(out: Record<string, unknown>): void {
  const style = out.MAP_STYLE_URL as string;
  const origins = out.MAP_TILE_ORIGINS as string[];
  const production = out.NODE_ENV === 'production';
  if (style) {
    const u = httpUrl(style);
    if (!u) throw new ConfigError('MAP_STYLE_URL', `must be an absolute http(s) URL, got "${style}"`);
    if (production && u.protocol !== 'https:')
      throw new ConfigError('MAP_STYLE_URL', 'must be https with NODE_ENV=production');
  } else if (origins.length)
    throw new ConfigError(
      'MAP_TILE_ORIGINS',
      'is only used with MAP_STYLE_URL: set that too, or leave this empty',
    );
  for (const o of origins) {
    const u = httpUrl(o);
    if (!u || u.origin !== o.replace(/\/$/, ''))
      throw new ConfigError(
        'MAP_TILE_ORIGINS',
        `must list origins like https://tiles.example.kz, got "${o}"`,
      );
    if (production && u.protocol !== 'https:')
      throw new ConfigError('MAP_TILE_ORIGINS', 'must be https origins with NODE_ENV=production');
  }
}

/** Reads and validates every variable; throws ConfigError on the first bad or missing one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(CONFIG_SCHEMA) as [string, Variable][]) {
    const raw = env[key] ?? spec.default;
    if (raw === undefined) throw new ConfigError(key, `is required: ${spec.description}`);
    out[key] = parse(key, spec, raw);
  }
  const speeds = out.TRAVEL_SPEED_KMH_BY_HOUR as string[];
  if (speeds.length !== 24 || speeds.some((s) => !(Number(s) > 0)))
    throw new ConfigError('TRAVEL_SPEED_KMH_BY_HOUR', 'must list 24 positive speeds, one per hour');
  if (out.TEST_CLOCK_OFFSET_MS !== 0 && out.NODE_ENV !== 'test')
    throw new ConfigError('TEST_CLOCK_OFFSET_MS', 'is for tests only: set it only with NODE_ENV=test');
  for (const key of ['DEMO_CLOCK_OFFSET_MS', 'DEMO_SPEED'] as const)
    if (out[key] !== Number(CONFIG_SCHEMA[key].default) && out.NODE_ENV === 'production')
      throw new ConfigError(key, "is for the demo only: a production clock is the system's");
  if (out.AUTH_DEVELOPER_TOKEN_SIGNIN === true && out.NODE_ENV === 'production')
    throw new ConfigError(
      'AUTH_DEVELOPER_TOKEN_SIGNIN',
      'is for scripts and tests: never with NODE_ENV=production',
    );
  checkMap(out);
  return Object.freeze(out) as unknown as AppConfig;
}

/**
 * Loads the configuration at process start, or prints the one-line reason and exits:
 * a process with a bad configuration must not start half-working.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
}
