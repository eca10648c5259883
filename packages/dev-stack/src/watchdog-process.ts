/**
 * The watchdog process (see watchdog.ts). Reads `watch <pid> <signal>` lines on stdin; when
 * stdin closes without a `release` line — its parent died, even by SIGKILL — it signals every
 * watched process group, waits for them, and SIGKILLs what is left.
 */
import { createInterface } from 'node:readline';

const GRACE_MS = 8000;
const watched = new Map<number, NodeJS.Signals>();
let released = false;

// Its own session (spawned detached): no terminal signals reach it; ignore them anyway.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Gone already.
  }
}

async function reap(): Promise<void> {
  for (const [pid, signal] of watched) signalGroup(pid, signal);
  const deadline = Date.now() + GRACE_MS;
  while (Date.now() < deadline && [...watched.keys()].some(alive)) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of watched.keys()) signalGroup(pid, 'SIGKILL');
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command, pid, signal] = line.trim().split(/\s+/);
  const id = Number(pid);
  if (command === 'watch' && Number.isInteger(id) && id > 1 && (signal === 'SIGTERM' || signal === 'SIGINT')) watched.set(id, signal);
  else if (command === 'forget' && Number.isInteger(id)) watched.delete(id);
  else if (command === 'release') released = true;
});
lines.on('close', () => {
  if (released) process.exit(0);
  reap().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
