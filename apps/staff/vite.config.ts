import { spaViteConfig } from '@etj/spa/vite';

// Served by the API under /staff/; in dev, Vite proxies the API on the same origin.
export default spaViteConfig('staff', { devPort: 5174 });
