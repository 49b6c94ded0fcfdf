// Test environment for components: jest-dom matchers, cleanup, and the browser APIs jsdom
// lacks (<dialog> methods, reduced to toggling `open` as browsers do; getAnimations).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
