import { spaViteConfig } from '@etj/spa/vite';

// Served by the API under /citizen/; in dev, Vite proxies the API on the same origin.
export default spaViteConfig('citizen', { devPort: 5173 });
