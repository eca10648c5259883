#!/usr/bin/env node
// `npm run lint`: ESLint (eslint.config.mjs) and knip (knip.json) over every workspace. Both always
// run, so one run shows every finding; any finding fails the command.
import { spawnSync } from 'node:child_process';

const checks = [
  { name: 'eslint', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'knip', args: ['knip'] },
];

const failed = [];
for (const check of checks) {
  const started = performance.now();
  const { status, error } = spawnSync('npx', ['--no-install', ...check.args], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (error || status !== 0) {
    failed.push(check.name);
    process.stderr.write(`lint: ${check.name} found problems (${seconds} s)\n`);
  } else {
    process.stdout.write(`lint: ${check.name} clean (${seconds} s)\n`);
  }
}
if (failed.length > 0) {
  process.stderr.write(`lint: failed (${failed.join(', ')})\n`);
  process.exit(1);
}
