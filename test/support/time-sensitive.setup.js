// The suites whose rules depend on the hour (jest.config.js, project "e2e-timed") run on a pinned
// local time: 12:00 unless TEST_LOCAL_TIME names another (.ci/run runs every suite again at 23:50), so
// `npm test` gives the same answer at any hour. Jest gives each test file its own process.env.
process.env.TEST_LOCAL_TIME ??= '12:00';
