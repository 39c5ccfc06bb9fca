// One Jest config for every tier: unit specs beside the code (*.spec.ts), integration and
// end-to-end specs under test/ (*.e2e-spec.ts). Specs that touch data create their own
// database and queue prefix (test/support), so files run in parallel and leave nothing.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias}$`] = `<rootDir>/${target}`;
}

const transform = {
  '^.+\\.(ts|js)$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

// ESM-only dependencies (Jest on Node 20 cannot require ESM) are compiled to CommonJS by swc.
const ESM_ONLY = ['content-disposition', '@scure', '@noble'];

const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
};

// The suites whose rules depend on "now": pinned to 12:00 local by default (test/support/time-sensitive.setup.js).
const TIME_SENSITIVE = ['booking', 'dispatch', 'notifications', 'procurement', 'portal'];

module.exports = {
  // The end-to-end files mostly wait (servers booting, queues draining, polls): measured on 2
  // cores, the timed suites used about 75 CPU seconds in 227 s of wall time. More files at once
  // than cores shortens the run without starving them.
  maxWorkers: 4,
  // Per-test timeout is a global option in Jest (ignored inside projects): end-to-end tests boot apps.
  testTimeout: 60000,
  // Streams (server-sent events) and idle keep-alive sockets can outlive a file's teardown by
  // a while; a CI run must end when the tests have, not hang on them.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,config}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/apps/web/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...TIME_SENSITIVE.map((d) => `/test/${d}/`)],
    },
    {
      ...common,
      displayName: 'e2e-timed',
      testMatch: TIME_SENSITIVE.map((d) => `<rootDir>/test/${d}/**/*.e2e-spec.ts`),
      setupFiles: ['<rootDir>/test/support/time-sensitive.setup.js'],
    },
  ],
};
