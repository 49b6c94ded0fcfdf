import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
// A type-only import: Vite loads this file with Node, which must not reach @etj/ui's .tsx.
import type { Surface } from '../routing/surface.ts';

/** The Vite config of an SPA served by the API under `/<surface>/`; dev proxies the API. */
export function spaViteConfig(surface: Surface, { devPort }: { devPort: number }): UserConfig {
  return defineConfig({
    base: `/${surface}/`,
    plugins: [react()],
    server: {
      port: devPort,
      proxy: { '/api': 'http://localhost:4000' },
    },
    build: { sourcemap: true },
  });
}
