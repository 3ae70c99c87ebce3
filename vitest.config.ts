import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/parity/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
