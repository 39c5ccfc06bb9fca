// Fault tests: real processes and private servers (test/faults/servers.ts), one file at a time.
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
