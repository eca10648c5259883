import { describe, expect, it } from 'vitest';
import { summarize } from '../src/stats.js';
import { atLeast, below } from '../src/result.js';

describe('latency summary', () => {
  it('uses nearest-rank percentiles: p50 of 1..100 is 50 and p99 is 99', () => {
    // Prepare
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    // Act
    const summary = summarize(samples);
    // Assert
    expect(summary).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it('a target is met only strictly below a "<" limit and at or above a ">=" limit', () => {
    expect(below('s', 'p99', 2, 'ms', 2).met).toBe(false);
    expect(below('s', 'p99', 1.999, 'ms', 2).met).toBe(true);
    expect(atLeast('s', 'rate', 100, 'events/s', 100).met).toBe(true);
    expect(atLeast('s', 'rate', 99.9, 'events/s', 100).met).toBe(false);
  });
});
