// @vitest-environment node
/**
 * src/gql/ is what GraphQL Code Generator's client preset makes from ui/src/operations and the
 * schema the server serves to role cardholder: generating again changes nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateTypes } from '../scripts/generate-types';

describe('generated GraphQL types', () => {
  it('are up to date with the operations and the served schema (run `npm run codegen` in ui/ if not)', async () => {
    // Act
    const fresh = await generateTypes();

    // Assert
    const committed = (await readdir(GENERATED_DIR)).sort();
    expect(fresh.map((file) => file.name)).toEqual(committed);
    for (const file of fresh) {
      const current = await readFile(path.join(GENERATED_DIR, file.name), 'utf8');
      expect(current === file.content, `src/gql/${file.name} differs from a fresh generation`).toBe(true);
    }
  }, 120_000);
});
