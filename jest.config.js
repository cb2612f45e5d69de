/** Tests run the TypeScript sources directly through ts-jest (no build step needed). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  // __tests__/support holds shared test helpers, not suites.
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
