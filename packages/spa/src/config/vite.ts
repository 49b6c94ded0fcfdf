import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
// A type-only import: Vite loads this file with Node, which must not reach @etj/ui's .tsx.
import type { Surface } from '../routing/surface.ts';

/**
 * What the build precompresses (brotli and gzip beside each file) for the API to serve as is.
 * Fonts (woff2) and images are compressed already; HTML is tiny and served by the SPA fallback.
 */
export const PRECOMPRESSED = {
  include: /\.(js|css|svg|json)$/,
  threshold: 1024,
  skipIfLargerOrEqual: true,
} as const;

/**
 * The Vite config of an SPA served by the API under `/<surface>/`; dev proxies the API.
 * `plugins` come from the app (the compression plugin is the app's own dependency).
 */
export function spaViteConfig(
  surface: Surface,
  { devPort, plugins = [] }: { devPort: number; plugins?: PluginOption[] },
): UserConfig {
  return defineConfig({
    base: `/${surface}/`,
    plugins: [react(), ...plugins],
    server: {
      port: devPort,
      proxy: { '/api': 'http://localhost:4000' },
    },
    build: {
      // No source maps in what the API serves: they would publish the whole source tree.
      sourcemap: false,
      // Only the start page's own modules are preloaded; route chunks load when visited.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        treeshake: {
          // Designsystemet's React package declares no `sideEffects`, so every component of its
          // index would stay in the start page's chunk. Its modules only define components; the
          // web components they need are imported from designsystemet-web, which keeps its own.
          moduleSideEffects: [{ test: /@digdir\/designsystemet-react\//, sideEffects: false }],
        },
      },
    },
  });
}
