// Fault tests: real processes and servers, one file at a time (they restart shared services).
const base = require('./jest.config.js');
const { displayName: _d, testMatch: _t, ...common } = base.projects[1];

module.exports = {
  ...common,
  displayName: 'faults',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testTimeout: 600000,
  maxWorkers: 1,
  forceExit: true,
};
