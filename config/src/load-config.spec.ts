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
    ).toThrow(/AUTH_DEVELOPER_TOKEN_SIGNIN is for the demo and tests/);
  });
});
