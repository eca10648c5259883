/** The resolved view of metadata over the database that the schema builder and SQL compiler use. */
import type { DbColumn, DbFunction, DbFunctionArg, DbTable } from '../metadata/introspect-database.js';
import type { ScalarInfo } from './scalar-info.js';

export interface ModelColumn {
  /** Column name in the database. */
  name: string;
  /** GraphQL field name (custom name or the column name). */
  field: string;
  db: DbColumn;
  scalar: ScalarInfo;
  comment: string | null;
}

export interface ModelRelationship {
  name: string;
  kind: 'object' | 'array';
  /** Qualified key of the target table. */
  target: string;
  /** Pairs of (column on this table, column on the target). */
  mapping: Array<[string, string]>;
  /** Hasura marks an object relationship non-null only for a foreign key of this table on NOT NULL columns. */
  nonNull: boolean;
  comment: string | null;
}

export interface ModelComputedField {
  name: string;
  fn: DbFunction;
  tableArgIndex: number;
  sessionArgIndex: number | null;
  /** Arguments the client passes (all but the table and session ones). */
  inputArgs: Array<{ index: number; arg: DbFunctionArg; name: string; scalar: ScalarInfo }>;
  /** Set for table computed fields (SETOF a tracked table). */
  returnTable: string | null;
  returnScalar: ScalarInfo | null;
  comment: string | null;
}

export interface RolePermission {
  columns: Set<string>;
  filter: Record<string, unknown>;
  limit: number | null;
  allowAggregations: boolean;
  computedFields: Set<string>;
  /** null means every root field (select, select_by_pk, select_aggregate). */
  queryRootFields: Set<string> | null;
  /** The same for subscription_root (select, select_by_pk, select_aggregate; select_stream is not served). */
  subscriptionRootFields: Set<string> | null;
}

export interface ModelTable {
  key: string;
  schema: string;
  name: string;
  db: DbTable;
  /** Base GraphQL name (type name and root prefix). */
  typeName: string;
  rootNames: { select: string; selectByPk: string; selectAggregate: string };
  /** Descriptions from `custom_root_fields.<f>.comment` (empty string = no description). */
  rootComments: { select?: string; selectByPk?: string; selectAggregate?: string };
  columns: ModelColumn[];
  columnsByName: Map<string, ModelColumn>;
  columnsByField: Map<string, ModelColumn>;
  relationships: Map<string, ModelRelationship>;
  computedFields: Map<string, ModelComputedField>;
  permissions: Map<string, RolePermission>;
  primaryKey: string[];
  comment: string | null;
}

export interface ModelFunction {
  key: string;
  fn: DbFunction;
  rootName: string;
  aggregateRootName: string;
  /** Base name for `<name>_args`. */
  argsTypeName: string;
  returnTable: string;
  sessionArgIndex: number | null;
  inputArgs: Array<{ index: number; arg: DbFunctionArg; name: string; scalar: ScalarInfo }>;
  /** Roles given explicitly; null = inferred from the return table's select permission. */
  roles: Set<string> | null;
  comment: string | null;
}

export interface Model {
  tables: Map<string, ModelTable>;
  functions: Map<string, ModelFunction>;
  roles: Set<string>;
  /** graphql_schema_introspection.disabled_for_roles */
  introspectionDisabledFor: Set<string>;
  /** The metadata's `api_limits`, or null when absent or disabled. */
  apiLimits: ApiLimits | null;
  /** The source's `configuration.connection_info.use_prepared_statements`. */
  usePreparedStatements: boolean;
}

/** One limit of `api_limits`: a global value with per-role overrides. */
export interface RoleLimit {
  global: number;
  perRole: Map<string, number>;
}

export interface ApiLimits {
  depth: RoleLimit | null;
  node: RoleLimit | null;
  batch: RoleLimit | null;
  /** Seconds. */
  time: RoleLimit | null;
}
