import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/** The Vitest config of an SPA or of this package: jsdom, @etj/ui's test setup and ours. */
export function spaVitestConfig(): ViteUserConfig {
  return defineConfig({
    plugins: [react()],
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: [
        '@etj/ui/test-setup',
        fileURLToPath(new URL('../testing/setup.ts', import.meta.url)),
      ],
      css: false,
      // jsdom renders of whole pages take a second on a quiet machine and several on a loaded
      // CI machine: the allowance is for the machine, not a speed target.
      testTimeout: 20_000,
    },
  });
}
