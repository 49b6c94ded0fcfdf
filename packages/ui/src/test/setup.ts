// Test environment for components: jest-dom matchers, cleanup, and the browser APIs jsdom
// lacks (<dialog> methods, reduced to toggling `open` as browsers do; getAnimations).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor give up after 1 s by default. A page that renders in 50 ms on a quiet
// machine took longer than that on a loaded CI machine (a citizen test failed there once and
// never here), so they wait up to 10 s: an element that never comes still fails the test.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    show(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}

// Designsystemet's Spinner synchronises its animation through the Web Animations API.
if (typeof document !== 'undefined' && !('getAnimations' in document)) {
  Object.assign(Document.prototype, { getAnimations: () => [] });
}
