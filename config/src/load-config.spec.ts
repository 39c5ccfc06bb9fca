import { ConfigError, loadConfig } from './load-config';

const secrets = {
  JWT_SECRET: 'j'.repeat(40),
  DATA_ENCRYPTION_KEY: 'k'.repeat(44),
  DATA_HASH_KEY: 'h'.repeat(40),
};

describe('loadConfig', () => {
  it('fills defaults and types values', () => {
    const c = loadConfig({ ...secrets, API_PORT: '8080' });
    expect(c.API_PORT).toBe(8080);
    expect(c.DISPATCHER_QUEUES).toContain('dispatch');
    expect(c.TRAVEL_SPEED_KMH_BY_HOUR).toHaveLength(24);
  });

  it('names the variable and the problem', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ ...secrets, API_PORT: 'eighty' })).toThrow(
      new ConfigError('API_PORT', 'must be an integer, got "eighty"'),
    );
    expect(() => loadConfig({ ...secrets, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ ...secrets, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => loadConfig({ ...secrets, DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a URL/);
  });

  it('moves the clock only in tests', () => {
    expect(
      loadConfig({ ...secrets, NODE_ENV: 'test', TEST_CLOCK_OFFSET_MS: '-3600000' }).TEST_CLOCK_OFFSET_MS,
    ).toBe(-3_600_000);
    expect(() => loadConfig({ ...secrets, TEST_CLOCK_OFFSET_MS: '1000' })).toThrow(
      /TEST_CLOCK_OFFSET_MS is for tests only/,
    );
  });

  it('moves and speeds the demo clock, never in production', () => {
    const demo = loadConfig({ ...secrets, DEMO_CLOCK_OFFSET_MS: '-3600000', DEMO_SPEED: '5' });
    expect([demo.DEMO_CLOCK_OFFSET_MS, demo.DEMO_SPEED]).toEqual([-3_600_000, 5]);
    expect(() => loadConfig({ ...secrets, NODE_ENV: 'production', DEMO_CLOCK_OFFSET_MS: '1000' })).toThrow(
      /DEMO_CLOCK_OFFSET_MS is for the demo only/,
    );
    expect(() => loadConfig({ ...secrets, NODE_ENV: 'production', DEMO_SPEED: '2' })).toThrow(
      /DEMO_SPEED is for the demo only/,
    );
  });

  it('offers the developer token box on /signin only outside production', () => {
    expect(loadConfig({ ...secrets }).AUTH_DEVELOPER_TOKEN_SIGNIN).toBe(false);
    expect(loadConfig({ ...secrets, AUTH_DEVELOPER_TOKEN_SIGNIN: 'true' }).AUTH_DEVELOPER_TOKEN_SIGNIN).toBe(
      true,
    );
    expect(() =>
      loadConfig({ ...secrets, NODE_ENV: 'production', AUTH_DEVELOPER_TOKEN_SIGNIN: 'true' }),
    ).toThrow(/AUTH_DEVELOPER_TOKEN_SIGNIN is for scripts and tests/);
  });
  it('takes a map style as an absolute http(s) URL, https in production, and tile origins only beside it', () => {
    expect(loadConfig({ ...secrets }).MAP_STYLE_URL).toBe('');
    const style = 'https://tiles.example.kz/styles/basic/style.json';
    const c = loadConfig({
      ...secrets,
      MAP_STYLE_URL: style,
      MAP_TILE_ORIGINS: 'https://a.example.kz, https://b.example.kz:8443',
    });
    expect(c.MAP_STYLE_URL).toBe(style);
    expect(c.MAP_TILE_ORIGINS).toEqual(['https://a.example.kz', 'https://b.example.kz:8443']);
    expect(loadConfig({ ...secrets, MAP_STYLE_URL: 'http://127.0.0.1:8080/style.json' }).MAP_STYLE_URL).toBe(
      'http://127.0.0.1:8080/style.json',
    );
    expect(() => loadConfig({ ...secrets, MAP_STYLE_URL: '/style.json' })).toThrow(
      /MAP_STYLE_URL must be an absolute http\(s\) URL/,
    );
    expect(() => loadConfig({ ...secrets, MAP_STYLE_URL: 'javascript:alert(1)' })).toThrow(/MAP_STYLE_URL/);
    expect(() =>
      loadConfig({ ...secrets, NODE_ENV: 'production', MAP_STYLE_URL: 'http://tiles.example.kz/style.json' }),
    ).toThrow(/MAP_STYLE_URL must be https with NODE_ENV=production/);
    expect(() => loadConfig({ ...secrets, MAP_TILE_ORIGINS: 'https://a.example.kz' })).toThrow(
      /MAP_TILE_ORIGINS is only used with MAP_STYLE_URL/,
    );
    expect(() =>
      loadConfig({ ...secrets, MAP_STYLE_URL: style, MAP_TILE_ORIGINS: 'https://a.example.kz/tiles/{z}' }),
    ).toThrow(/MAP_TILE_ORIGINS must list origins like/);
    expect(() =>
      loadConfig({ ...secrets, MAP_STYLE_URL: style, MAP_TILE_ORIGINS: "https://a.kz 'unsafe-eval'" }),
    ).toThrow(/MAP_TILE_ORIGINS must list origins/);
  });
});
