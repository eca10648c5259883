/**
 * Nothing `npm start` starts may outlive it, however it ends. serverless offline and PostgreSQL
 * run in process groups of their own (so a Ctrl-C reaches them only through an orderly stop);
 * a tiny watchdog process, holding the read end of a pipe from this one, notices when this
 * process dies without stopping them (SIGKILL, a crash) and stops their groups itself.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '@issuing/dev-defaults';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'watchdog-process.ts');

export interface Watchdog {
  /** Stop this process group with `signal` (then SIGKILL) if this process dies first. */
  watch(pid: number, signal: 'SIGTERM' | 'SIGINT'): void;
  /** Everything was stopped in order: the watchdog exits without touching anything. */
  release(): void;
}

/** Starts the watchdog; it runs with the same loader flags (tsx) as this process. */
export function startWatchdog(): Watchdog {
  const child = spawn(process.execPath, [...process.execArgv, ENTRY], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.on('error', () => undefined);
  child.stdin.on('error', () => undefined);
  // Neither the process nor the pipe keeps this process alive.
  child.unref();
  if (child.stdin instanceof net.Socket) child.stdin.unref();
  return {
    watch(pid, signal) {
      child.stdin.write(`watch ${pid} ${signal}\n`);
    },
    release() {
      child.stdin.end('release\n');
    },
  };
}
