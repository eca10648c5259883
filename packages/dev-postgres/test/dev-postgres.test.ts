import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, startDevPostgres, startTestPostgres, type DevPostgres } from '../src/index.js';
import os from 'node:os';
import path from 'node:path';

describe('dev-postgres', () => {
  let server: DevPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('starts a real PostgreSQL that answers SQL on 127.0.0.1', async () => {
    // Prepare
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    // Act
    const result = await client.query<{ version: string }>('select version()');
    await client.end();
    // Assert
    expect(result.rows[0]?.version).toMatch(/^PostgreSQL 1[7-9]/);
  });

  it('refuses a port that is already taken with a named error', async () => {
    // Prepare / Act
    const attempt = startDevPostgres({
      dataDir: path.join(os.tmpdir(), 'never-created'),
      port: server.port,
      persistent: false,
    });
    // Assert
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
  });
});
