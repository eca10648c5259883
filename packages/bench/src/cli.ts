/**
 * `npm run bench`: measures the targets the issues name and prints JSON plus a table.
 *   npm run bench                         every section
 *   npm run bench -- --only webhook,persistence
 *   npm run bench -- --events 5000        events for the end-to-end section (at least 5,000)
 *   npm run bench -- --subscribers 1000   live-query subscribers for the subscriptions section
 *   npm run bench -- --only hostile --rows 1000000   data size of the hostile section (default 20,000)
 * Results are also written to bench-results/bench-<time>.json. A missed target is reported,
 * not an error; a section that cannot run exits non-zero with one line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable, type Log, type SectionResult } from './result.js';
import { errorMessage } from '@issuing/kernel';

type Section = (options: { log: Log; events: number; subscribers: number; rows: number }) => Promise<SectionResult>;

const SECTIONS: Record<string, () => Promise<Section>> = {
  webhook: async () => (await import('./sections/webhook-in-process.js')).benchWebhookInProcess,
  persistence: async () => (await import('./sections/persistence.js')).benchPersistence,
  'authorization-http': async () => (await import('./sections/authorization-http.js')).benchAuthorizationHttp,
  'end-to-end': async () => (await import('./sections/end-to-end.js')).benchEndToEnd,
  'graphql-api': async () => (await import('./sections/graphql-api.js')).benchGraphqlApi,
  subscriptions: async () => (await import('./sections/subscriptions.js')).benchSubscriptions,
  hostile: async () => (await import('./sections/hostile.js')).benchHostile,
  dashboard: async () => (await import('./sections/dashboard.js')).benchDashboard,
};

const log: Log = (line) => process.stderr.write(`${line}\n`);

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

let values: { only?: string; events?: string; subscribers?: string; rows?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      only: { type: 'string' },
      events: { type: 'string' },
      subscribers: { type: 'string' },
      rows: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }));
} catch (error) {
  fail(`${errorMessage(error)} (see --help)`);
}
if (values.help) {
  process.stdout.write(
    `usage: npm run bench [-- --only ${Object.keys(SECTIONS).join(',')}] [--events N] [--subscribers N] [--rows N]\n`,
  );
  process.exit(0);
}

const selected = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(SECTIONS);
const unknown = selected.filter((name) => !(name in SECTIONS));
if (unknown.length) fail(`unknown section ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`);
const events = Number(values.events ?? 5000);
if (!Number.isInteger(events) || events < 1) fail(`--events must be a positive whole number, got "${values.events}"`);
const subscribers = Number(values.subscribers ?? 1000);
if (!Number.isInteger(subscribers) || subscribers < 1) fail(`--subscribers must be a positive whole number, got "${values.subscribers}"`);
const rows = Number(values.rows ?? 20_000);
if (!Number.isInteger(rows) || rows < 100) fail(`--rows must be a whole number of at least 100, got "${values.rows}"`);

const results: SectionResult[] = [];
for (const name of selected) {
  const load = SECTIONS[name];
  if (!load) continue;
  log(`bench: ${name} …`);
  try {
    const run = await load();
    results.push(await run({ log, events, subscribers, rows }));
  } catch (error) {
    fail(`section ${name} failed: ${errorMessage(error)}`);
  }
}

const report = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length, platform: process.platform },
  finishedAt: new Date().toISOString(),
  results,
};
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bench-results');
await mkdir(outDir, { recursive: true });
const outFile = path.join(outDir, `bench-${report.finishedAt.replace(/[:.]/g, '-')}.json`);
await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n${formatTable(results)}\n\nwritten to ${path.relative(process.cwd(), outFile)}\n`);
