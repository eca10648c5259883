import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only with Vitest globals on; unmount after each test.
afterEach(cleanup);

// jsdom has no layout, so every element measures 0×0 and a virtualized list would render no row.
// Give elements a window-sized box (what a browser reports for the list's scroll container).
// (Node-environment test files load this too; they have no DOM.)
if (typeof HTMLElement !== 'undefined') {
  for (const [name, size] of [['clientHeight', 720], ['clientWidth', 1024], ['offsetHeight', 720], ['offsetWidth', 1024]] as const) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => size });
  }
}
