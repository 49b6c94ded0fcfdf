import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/** The Vitest config of an SPA or of this package: jsdom and @etj/ui's test setup. */
export function spaVitestConfig(): ViteUserConfig {
  return defineConfig({
    plugins: [react()],
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['@etj/ui/test-setup'],
      css: false,
    },
  });
}
