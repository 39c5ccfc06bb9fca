// Restore drill: a private PostgreSQL cluster with WAL archiving is destroyed and restored.
const base = require('./jest.config.js');
const { displayName: _d, testMatch: _t, ...common } = base.projects[1];

module.exports = {
  ...common,
  displayName: 'restore',
  testMatch: ['<rootDir>/test/restore/**/*.restore-spec.ts'],
  testTimeout: 600000,
  maxWorkers: 1,
  forceExit: true,
};
