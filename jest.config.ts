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

/**
 * Browser tests against a production build: their global setup builds the site once and starts
 * the lake and `next start` (tests/support/e2e-global-setup.ts). A project of their own, so the
 * build happens only when an e2e test is selected.
 */
const e2e: Config = {
  displayName: 'e2e',
  testEnvironment: 'node',
  // The Studio journeys drive the real Studio in Chromium against the same build and a lake of their own.
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts', '<rootDir>/tests/studio/**/*.test.ts'],
  moduleNameMapper: config.moduleNameMapper,
  setupFilesAfterEnv: ['<rootDir>/tests/support/e2e-setup.ts'],
  globalSetup: '<rootDir>/tests/support/e2e-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/e2e-global-teardown.ts',
  slowTestThreshold: 60,
}

export default async function jestConfig(): Promise<Config> {
  const [unit, browser] = await Promise.all([createJestConfig(config)(), createJestConfig(e2e)()])
  return {
    testTimeout: config.testTimeout,
    // A keep-alive socket of a browser or server test can outlive its suite by a little and keep
    // Jest waiting forever; every suite closes what it starts, so CI must not hang on the stragglers.
    forceExit: true,
    projects: [
      {
        ...unit,
        displayName: 'unit',
        rootDir: __dirname,
        testPathIgnorePatterns: [
          ...(unit.testPathIgnorePatterns ?? []),
          '<rootDir>/tests/e2e/',
          '<rootDir>/tests/studio/',
        ],
      },
      {...browser, rootDir: __dirname},
    ],
  }
}
