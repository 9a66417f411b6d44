import { defineConfig } from 'vitest/config';

// Three tiers: unit tests sit beside the code; integration and end-to-end tests
// start the real server as a child process and talk to it over the network.
export default defineConfig({
  test: {
    // Integration and end-to-end tests start the built server: build it first.
    globalSetup: ['tests/support/buildServer.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The same integration suite, every server storing in PostgreSQL (a database per server).
        test: {
          name: 'integration-postgres',
          include: ['tests/integration/**/*.test.ts'],
          // Already against both stores: the store contract, and several instances (PostgreSQL and Redis).
          exclude: ['tests/integration/store.test.ts', 'tests/integration/scale.test.ts'],
          env: { CHARTER_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
