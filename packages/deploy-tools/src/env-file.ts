/**
 * The .env file docker compose reads: KEY=VALUE lines, values single-quoted so that compose
 * takes them literally (the JWT config is JSON).
 */
import { readFile } from 'node:fs/promises';

/** Parses KEY=VALUE lines ('…' and "…" quotes removed, # comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? '';
    const quote = value[0];
    if ((quote === "'" || quote === '"') && value.length >= 2 && value.endsWith(quote)) value = value.slice(1, -1);
    values[match[1]] = value;
  }
  return values;
}

/** Renders values as single-quoted lines compose reads literally. */
export function formatEnvFile(values: Record<string, string>, header: string): string {
  const lines = Object.entries(values).map(([key, value]) => {
    if (value.includes("'")) throw new Error(`${key}: a value for .env must not contain a single quote`);
    return `${key}='${value}'`;
  });
  return `${header.split('\n').map((line) => `# ${line}`).join('\n')}\n${lines.join('\n')}\n`;
}

/** The .env values, or undefined when the file does not exist. */
export async function readEnvFile(file: string): Promise<Record<string, string> | undefined> {
  try {
    return parseEnvFile(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
