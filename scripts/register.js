// Runs TypeScript sources directly (demo, scripts, tests that spawn the apps):
// swc transpiles with decorator metadata; tsconfig-paths resolves the @invataxi/* aliases.
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('tsconfig-paths').register({
  baseUrl: require('path').join(__dirname, '..'),
  paths: require('../tsconfig.json').compilerOptions.paths,
});
