/**
 * `npm run codegen` in ui/: TypeScript types for ui/src/operations/*.graphql, generated with
 * GraphQL Code Generator's client preset from the schema the server really serves to role
 * cardholder, written to ui/src/gql/.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { servedCardholderSchema } from './served-schema.js';

export const UI_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = path.join(UI_DIR, 'src/gql');

export interface GeneratedFile {
  /** Path relative to ui/src/gql. */
  name: string;
  content: string;
}

/** Generates the files in memory (nothing is written). */
export async function generateTypes(): Promise<GeneratedFile[]> {
  const sdl = await servedCardholderSchema();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dashboard-codegen-'));
  try {
    const schemaFile = path.join(tmp, 'schema.graphql');
    await writeFile(schemaFile, sdl);
    const outputs: unknown = await generate(
      {
        schema: schemaFile,
        documents: path.join(UI_DIR, 'src/operations/*.graphql'),
        silent: true,
        generates: {
          [`${GENERATED_DIR}/`]: {
            preset: 'client',
            presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
            config: {
              useTypeImports: true,
              enumsAsTypes: true,
              defaultScalarType: 'unknown',
              // Hasura sends bigint and numeric as JSON numbers, or strings with
              // HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES; dates and timestamps as ISO strings.
              scalars: {
                bigint: 'string | number',
                numeric: 'string | number',
                float8: 'string | number',
                date: 'string',
                timestamptz: 'string',
                uuid: 'string',
                jsonb: 'unknown',
              },
            },
          },
        },
      },
      false,
    );
    if (!Array.isArray(outputs)) throw new Error('GraphQL Code Generator returned no files');
    const files = outputs.filter(
      (output: unknown): output is { filename: string; content: string } =>
        typeof output === 'object' && output !== null && 'filename' in output && typeof output.filename === 'string' && 'content' in output && typeof output.content === 'string',
    );
    // Only the typed documents: the preset's graphql() tag (gql.ts, index.ts) is unused, since the
    // operations live in .graphql files.
    return files
      .filter((output) => path.basename(output.filename) === 'graphql.ts')
      .map((output) => ({ name: path.relative(GENERATED_DIR, output.filename), content: output.content }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = await generateTypes();
    await mkdir(GENERATED_DIR, { recursive: true });
    for (const file of files) await writeFile(path.join(GENERATED_DIR, file.name), file.content);
    process.stdout.write(`wrote ${files.map((file) => `src/gql/${file.name}`).join(', ')}\n`);
  } catch (error) {
    process.stderr.write(`codegen: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
