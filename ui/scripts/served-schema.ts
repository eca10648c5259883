/**
 * The GraphQL schema exactly as the Hasura-compatible server serves it to role `cardholder`:
 * a throwaway embedded PostgreSQL with the project's migrations, the server on a free port with
 * the project's metadata, one introspection query with a cardholder token.
 */
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { METADATA_DIR } from '@issuing/db-migrate';
import { freePort, startTestPostgres } from '@issuing/dev-postgres';
import { createHasuraServer } from '@issuing/hasura-compatible-server';
import { cardholderToken, DEV_ADMIN_SECRET, DEV_JWT_SECRET, migratedDatabase } from '@issuing/graphql-test-kit';

function isIntrospection(value: unknown): value is IntrospectionQuery {
  return typeof value === 'object' && value !== null && '__schema' in value;
}

/** The served schema for role cardholder, as SDL. */
export async function servedCardholderSchema(): Promise<string> {
  const postgres = await startTestPostgres();
  try {
    const databaseUrl = await migratedDatabase(postgres.url, 'dashboard_codegen');
    const server = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl, adminSecret: DEV_ADMIN_SECRET, jwtSecret: DEV_JWT_SECRET, port: await freePort() });
    try {
      const token = await cardholderToken({ userId: '00000000-0000-4000-8000-000000000000' });
      const response = await fetch(`${server.url.replace(/\/$/, '')}/v1/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      });
      const body: unknown = await response.json();
      const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
      if (!isIntrospection(data)) throw new Error(`introspection failed: ${JSON.stringify(body).slice(0, 300)}`);
      return printSchema(buildClientSchema(data));
    } finally {
      await server.close();
    }
  } finally {
    await postgres.stop();
  }
}
