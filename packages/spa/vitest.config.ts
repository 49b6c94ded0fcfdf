import { spaVitestConfig } from './src/config/vitest.ts';

export default spaVitestConfig();
