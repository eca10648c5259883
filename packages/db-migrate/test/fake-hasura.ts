/**
 * A stand-in for the admin API of a Hasura v2 server, for tests only: it answers the calls the
 * Hasura CLI makes (hasura-v2.md §2.2–2.4) and records them. run_sql really runs the SQL on
 * PostgreSQL in one transaction, as Hasura does; catalog state is kept in memory.
 */
import http from 'node:http';
import pg from 'pg';
import { errorMessage, isRecord } from '@issuing/kernel';

export interface RecordedCall {
  path: string;
  adminSecret: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeHasura {
  url: string;
  calls: RecordedCall[];
  cliState: Record<string, unknown>;
  /** When set, replace_metadata answers Hasura's 400 with these inconsistent objects. */
  inconsistentObjects: unknown[] | undefined;
  close(): Promise<void>;
}

export async function startFakeHasura(databaseUrl: string, adminSecret: string): Promise<FakeHasura> {
  const fake: FakeHasura = { url: '', calls: [], cliState: {}, inconsistentObjects: undefined, close: () => Promise.resolve() };

  async function handle(path: string, body: Record<string, unknown>): Promise<[number, unknown]> {
    const type = body.type;
    const args = isRecord(body.args) ? body.args : {};
    if (path === '/v2/query' && type === 'run_sql') {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query(String(args.sql));
        await client.query('COMMIT');
        return [200, { result_type: 'CommandOk', result: null }];
      } catch (error) {
        await client.query('ROLLBACK');
        return [400, { path: '$', error: 'query execution failed', code: 'postgres-error', internal: { error: { message: errorMessage(error) } } }];
      } finally {
        await client.end();
      }
    }
    if (path !== '/v1/metadata') return [404, { path: '$', error: 'resource does not exist', code: 'not-found' }];
    switch (type) {
      case 'get_catalog_state':
        return [200, { id: 'fake', cli_state: fake.cliState, console_state: {} }];
      case 'set_catalog_state':
        if (args.type === 'cli' && isRecord(args.state)) fake.cliState = structuredClone(args.state);
        return [200, { message: 'success' }];
      case 'replace_metadata':
        if (fake.inconsistentObjects) {
          return [400, { internal: fake.inconsistentObjects, path: '$.args', error: 'cannot continue due to inconsistent metadata', code: 'unexpected' }];
        }
        return [200, { is_consistent: true, inconsistent_objects: [] }];
      case 'reload_metadata':
        return [200, { is_consistent: true, message: 'success' }];
      default:
        return [400, { path: '$.type', error: `unknown metadata command "${String(type)}"`, code: 'parse-failed' }];
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const secretHeader = req.headers['x-hasura-admin-secret'];
        const secret = typeof secretHeader === 'string' ? secretHeader : undefined;
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const body = isRecord(parsed) ? parsed : {};
        const path = req.url ?? '';
        fake.calls.push({ path, adminSecret: secret, body });
        const [status, answer] = secret === adminSecret
          ? await handle(path, body)
          : [401, { path: '$', error: 'invalid x-hasura-admin-secret/x-hasura-access-key', code: 'access-denied' }];
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake Hasura has no TCP address');
  fake.url = `http://127.0.0.1:${address.port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
