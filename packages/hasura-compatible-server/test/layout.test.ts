/**
 * The package is laid out by pipeline stage and a request flows one way: each stage imports only
 * from itself, from earlier stages and from the layers below them all (errors, metadata, model).
 * This test reads the import statements of src/ so the layout stays true.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const MAX_LINES = 400;

/** Layers in order; a file may import from its own layer and from lower ones. */
const LAYERS: Array<[layer: string, members: (file: string) => boolean]> = [
  ['shared helpers', (f) => f === 'errors.ts' || f === 'limits.ts'],
  ['metadata', (f) => f.startsWith('metadata/')],
  ['model', (f) => f.startsWith('model/')],
  ['http', (f) => f.startsWith('http/')],
  ['auth', (f) => f.startsWith('auth/')],
  ['graphql', (f) => f.startsWith('graphql/')],
  ['compile', (f) => f.startsWith('compile/')],
  ['execute', (f) => f.startsWith('execute/')],
  ['subscribe', (f) => f.startsWith('subscribe/')],
  ['endpoints', (f) => f.startsWith('endpoints/')],
  ['ws', (f) => f.startsWith('ws/')],
  ['composition root', (f) => !f.includes('/')],
];

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
  });
}

function layerOf(file: string): number {
  const index = LAYERS.findIndex(([, members]) => members(file));
  if (index === -1) throw new Error(`${file} belongs to no layer`);
  return index;
}

/** Relative imports of a file, as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'));
}

describe('package layout', () => {
  const files = sourceFiles();

  it('has no source file over 400 lines', () => {
    const long = files.map((f) => [f, readFileSync(path.join(SRC, f), 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('imports only from the same or an earlier stage (http → auth → graphql → compile → execute → subscribe → endpoints → ws)', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('the layer check sees a real upward import (self-test on a known edge)', () => {
    expect(layerOf('compile/compile-query.ts')).toBeGreaterThan(layerOf('graphql/collect-fields.ts'));
    expect(importsOf('compile/compile-query.ts')).toContain('graphql/collect-fields.ts');
  });
});
