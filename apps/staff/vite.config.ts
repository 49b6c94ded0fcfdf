import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /staff/; in dev, Vite proxies the API on the same origin.
export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/api': 'http://localhost:4000' },
  },
  build: { sourcemap: true },
});
