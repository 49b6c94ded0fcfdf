import { spaVitestConfig } from '@etj/spa/vitest';

export default spaVitestConfig();
