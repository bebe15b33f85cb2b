module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
