/**
 * Holds the current metadata, its resolution over the database and the per-role GraphQL schemas
 * (built lazily once per metadata load, then cached).
 */
import { errorMessage } from '@issuing/kernel';
import type pg from 'pg';
import { assertValidSchema } from 'graphql';
import { ApiError, GraphQLRequestError } from '../errors.js';
import { introspectDatabase } from '../metadata/introspect-database.js';
import { type HasuraMetadata, type InconsistentObject, MetadataFormatError, parseMetadata } from '../metadata/types.js';
import { buildModel } from '../model/build-model.js';
import type { Model } from '../model/model.js';
import { type RoleSchema, buildRoleSchema } from './schema/build-schema.js';

interface Loaded {
  raw: Record<string, unknown>;
  parsed: HasuraMetadata;
  model: Model;
  inconsistencies: InconsistentObject[];
  schemas: Map<string, RoleSchema>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}

export class HasuraEngine {
  private loaded: Loaded;
  private readonly installListeners = new Set<() => void>();
  resourceVersion = 1;

  private constructor(
    private readonly pool: pg.Pool,
    loaded: Loaded,
  ) {
    this.loaded = loaded;
  }

  static async create(pool: pg.Pool, metadata: unknown): Promise<HasuraEngine> {
    return new HasuraEngine(pool, await HasuraEngine.resolve(pool, metadata));
  }

  /** Parses and resolves metadata against the database (through `db`, e.g. a transaction's client). */
  static async resolve(db: pg.Pool | pg.PoolClient, metadata: unknown): Promise<Loaded> {
    let parsed: HasuraMetadata;
    try {
      parsed = parseMetadata(metadata);
    } catch (error) {
      if (error instanceof MetadataFormatError) throw new ApiError(400, error.message, 'parse-failed', '$.args', {}, { cause: error });
      throw error;
    }
    const catalog = await introspectDatabase(db);
    let built;
    try {
      built = buildModel(parsed, catalog);
    } catch (error) {
      if (error instanceof MetadataFormatError) throw new ApiError(400, error.message, 'parse-failed', '$.args', {}, { cause: error });
      throw error;
    }
    return { raw: asRecord(metadata), parsed, model: built.model, inconsistencies: built.inconsistencies, schemas: new Map() };
  }

  get metadata(): Record<string, unknown> {
    return this.loaded.raw;
  }

  get inconsistencies(): InconsistentObject[] {
    return this.loaded.inconsistencies;
  }

  /** The role's schema; a role without any permission gets a schema with no tables. */
  schemaFor(role: string): RoleSchema {
    let schema = this.loaded.schemas.get(role);
    if (!schema) {
      try {
        schema = buildRoleSchema(this.loaded.model, role);
        assertValidSchema(schema.schema);
      } catch (cause) {
        const reason = errorMessage(cause);
        throw new GraphQLRequestError(`the GraphQL schema of role "${role}" cannot be built from this metadata: ${reason}`, 'unexpected', '$', { cause });
      }
      this.loaded.schemas.set(role, schema);
    }
    return schema;
  }

  /** Roles named by any permission in the metadata, plus admin. */
  get roles(): string[] {
    return ['admin', ...this.loaded.model.roles];
  }

  /** Swaps in already-resolved metadata. */
  install(loaded: Loaded, bumpVersion: boolean): void {
    this.loaded = loaded;
    if (bumpVersion) this.resourceVersion += 1;
    for (const listener of this.installListeners) listener();
  }

  /** Calls `listener` whenever new metadata is installed (replace, reload, run_sql); returns a remover. */
  onInstall(listener: () => void): () => void {
    this.installListeners.add(listener);
    return () => this.installListeners.delete(listener);
  }

  /** Re-reads the database catalog for the current metadata (`reload_metadata`). */
  async reload(): Promise<void> {
    this.install(await HasuraEngine.resolve(this.pool, this.loaded.raw), true);
  }
}

