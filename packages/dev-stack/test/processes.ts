/** Process-tree helpers for the npm start tests (Linux /proc and ps). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Every process below `root` right now (children, grandchildren, …). */
export function descendants(root: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [pid, ppid] of table) {
      if (ppid === parent && pid !== undefined && !found.includes(pid)) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

/** Alive and not a zombie (a container's init may not reap orphans at once). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** The processes of `pids` still running after up to `waitMs`. */
export async function survivors(pids: readonly number[], waitMs = 20_000): Promise<number[]> {
  const deadline = Date.now() + waitMs;
  let alive = pids.filter(running);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    alive = alive.filter(running);
  }
  return alive;
}

/** The environment without the variables that would point npm start somewhere else. */
export function withoutStackVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const names = /^(DATABASE_URL|TEST_DATABASE_URL|STRIPE_WEBHOOK_SECRET|HASURA_GRAPHQL_.*|EMBEDDED_POSTGRES_.*|DEV_SECRETS_FILE|SEED)$/;
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.test(name)));
}

/** The command line of a process ('' when gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}
