import { describe, expect, it } from 'vitest';
import { createRng, FixtureError } from '../src/index.js';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and another one for another seed', () => {
    const draw = (seed: string): number[] => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.int(0, 1_000_000));
    };

    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const rng = createRng('bounds');

    const values = new Set(Array.from({ length: 2000 }, () => rng.int(3, 7)));

    expect([...values].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('gives forks their own stable sequence', () => {
    expect(createRng('s').fork('x').base62(12)).toBe(createRng('s').fork('x').base62(12));
    expect(createRng('s').fork('x').base62(12)).not.toBe(createRng('s').fork('y').base62(12));
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(FixtureError);
  });
});
