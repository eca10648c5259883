#!/usr/bin/env node
// `npm test`: strict type checks, lint (ESLint + knip, `npm run lint`), then every workspace's
// Vitest suite one package at a time (lerna), then one closing line with the totals across packages.
import { spawn } from 'node:child_process';

const ANSI = /\x1b\[[0-9;]*m/g;

function run(args, onLine, command = ['npx', 'lerna']) {
  return new Promise((resolve) => {
    const child = spawn(command[0], [...command.slice(1), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.on('data', (chunk) => {
        const text = chunk.toString('utf8');
        (stream === child.stdout ? process.stdout : process.stderr).write(text);
        pending += text;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) onLine(line.replace(ANSI, ''));
      });
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const typecheck = await run(['run', 'typecheck', '--stream'], () => undefined);
let lint = 0;
let testsExit = 1;
if (typecheck === 0) {
  // Lint findings fail the run but do not hide the test results.
  lint = await run(['run', 'lint', '--silent'], () => undefined, ['npm']);
  if (lint !== 0) process.stderr.write('npm test: lint findings (see above; `npm run lint` repeats them)\n');
  testsExit = await run(['run', 'test', '--concurrency', '1', '--stream', '--no-bail'], (line) => {
    // Vitest's summary: "Tests  12 failed | 80 passed | 3 skipped (95)"
    const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!summary?.[1]) return;
    for (const part of summary[1].split('|')) {
      const match = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part);
      if (match?.[1] && match[2]) {
        const kind = match[2] === 'todo' ? 'skipped' : match[2];
        totals[kind] += Number(match[1]);
      }
    }
  });
} else {
  process.stderr.write('npm test: type errors (see above); tests not run\n');
}
const failed = testsExit !== 0 && totals.failed === 0 ? 1 : totals.failed;
process.stdout.write(`\ntests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped\n`);
process.exit(typecheck !== 0 ? typecheck : testsExit !== 0 ? testsExit : lint);
