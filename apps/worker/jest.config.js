module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'worker',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
