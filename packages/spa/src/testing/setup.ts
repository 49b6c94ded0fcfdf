// Test setup of the SPAs: pages load with their own chunk in the browser (lazyPage), but a
// test renders a page at once, as it did before the split; lazy-page.test.tsx covers the wait.
import { beforeAll } from 'vitest';
import { preloadLazyPages } from '../shell/lazy-page.tsx';

beforeAll(async () => {
  await preloadLazyPages();
});
