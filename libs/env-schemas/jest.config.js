module.exports = { ...require('../../jest.preset.js'), displayName: 'env-schemas' };
