import { PRECOMPRESSED, spaViteConfig } from '@etj/spa/vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// Served by the API under /citizen/ (brotli or gzip beside each file); in dev, Vite proxies the API.
export default spaViteConfig('citizen', {
  devPort: 5173,
  plugins: [
    compression({
      ...PRECOMPRESSED,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
    }),
  ],
});
