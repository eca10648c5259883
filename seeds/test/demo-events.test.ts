import { describe, expect, it } from 'vitest';
import { DEMO_WINDOW, generateDemoEvents } from '../src/index.js';

describe('generateDemoEvents', () => {
  it('is the same on every run (fixed seed and window)', () => {
    expect(JSON.stringify(generateDemoEvents().events)).toBe(JSON.stringify(generateDemoEvents().events));
  });

  it('stays inside the fixed window', () => {
    const { events } = generateDemoEvents();
    const start = DEMO_WINDOW.start.getTime() / 1000;
    const end = DEMO_WINDOW.end.getTime() / 1000;
    expect(events.every((e) => e.created >= start && e.created <= end)).toBe(true);
  });
});
