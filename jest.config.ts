import type {Config} from 'jest'
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({dir: './'})

const config: Config = {
  // jsdom with the node export conditions: components render into a DOM while @sanity/client
  // resolves to its node build (its browser build fails to load under Jest).
  testEnvironment: 'jsdom',
  testEnvironmentOptions: {customExportConditions: ['node', 'node-addons']},
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
  testTimeout: 30000,
}

export default createJestConfig(config)
