module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/**/*.e2e-spec.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
