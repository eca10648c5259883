/**
 * The Hasura v2 metadata shapes this server reads (export JSON, version 3). Parsing is lenient:
 * unknown keys are kept so that an export returns what was applied.
 */
import { z } from 'zod';

const qualifiedName = z.union([
  z.string().transform((name) => ({ schema: 'public', name })),
  z.looseObject({ schema: z.string().default('public'), name: z.string() }),
]);

const customRootField = z.union([z.string(), z.looseObject({ name: z.string().nullish(), comment: z.string().nullish() }), z.null()]);

const boolExp = z.record(z.string(), z.unknown());

const selectPermissionSchema = z.looseObject({
  role: z.string(),
  permission: z.looseObject({
    columns: z.union([z.literal('*'), z.array(z.string())]),
    filter: boolExp.default({}),
    limit: z.number().int().nonnegative().nullish(),
    allow_aggregations: z.boolean().default(false),
    computed_fields: z.array(z.string()).default([]),
    query_root_fields: z.array(z.string()).nullish(),
    subscription_root_fields: z.array(z.string()).nullish(),
  }),
  comment: z.string().nullish(),
});

const manualConfiguration = z.looseObject({
  remote_table: qualifiedName,
  column_mapping: z.record(z.string(), z.string()),
  insertion_order: z.string().nullish(),
});

const objectRelationshipSchema = z.looseObject({
  name: z.string(),
  using: z.looseObject({
    foreign_key_constraint_on: z
      .union([
        z.string(),
        z.array(z.string()),
        z.looseObject({ column: z.string().optional(), columns: z.array(z.string()).optional(), table: qualifiedName }),
      ])
      .optional(),
    manual_configuration: manualConfiguration.optional(),
  }),
  comment: z.string().nullish(),
});

const arrayRelationshipSchema = z.looseObject({
  name: z.string(),
  using: z.looseObject({
    foreign_key_constraint_on: z
      .looseObject({ column: z.string().optional(), columns: z.array(z.string()).optional(), table: qualifiedName })
      .optional(),
    manual_configuration: manualConfiguration.optional(),
  }),
  comment: z.string().nullish(),
});

export const computedFieldSchema = z.looseObject({
  name: z.string(),
  definition: z.looseObject({
    function: qualifiedName,
    table_argument: z.string().nullish(),
    session_argument: z.string().nullish(),
  }),
  comment: z.string().nullish(),
});
export type ComputedField = z.infer<typeof computedFieldSchema>;

export const tableSchema = z.looseObject({
  table: qualifiedName,
  configuration: z
    .looseObject({
      custom_name: z.string().nullish(),
      custom_root_fields: z.record(z.string(), customRootField).default({}),
      column_config: z.record(z.string(), z.looseObject({ custom_name: z.string().nullish(), comment: z.string().nullish() })).default({}),
      custom_column_names: z.record(z.string(), z.string()).default({}),
    })
    .optional(),
  is_enum: z.boolean().optional(),
  object_relationships: z.array(objectRelationshipSchema).default([]),
  array_relationships: z.array(arrayRelationshipSchema).default([]),
  computed_fields: z.array(computedFieldSchema).default([]),
  remote_relationships: z.array(z.unknown()).default([]),
  select_permissions: z.array(selectPermissionSchema).default([]),
  insert_permissions: z.array(z.unknown()).default([]),
  update_permissions: z.array(z.unknown()).default([]),
  delete_permissions: z.array(z.unknown()).default([]),
  event_triggers: z.array(z.unknown()).default([]),
});
export type TableMetadata = z.infer<typeof tableSchema>;

export const functionSchema = z.looseObject({
  function: qualifiedName,
  configuration: z
    .looseObject({
      custom_name: z.string().nullish(),
      custom_root_fields: z.looseObject({ function: z.string().nullish(), function_aggregate: z.string().nullish() }).optional(),
      session_argument: z.string().nullish(),
      exposed_as: z.enum(['query', 'mutation']).nullish(),
    })
    .optional(),
  permissions: z.array(z.looseObject({ role: z.string() })).optional(),
  comment: z.string().nullish(),
});
export type FunctionMetadata = z.infer<typeof functionSchema>;

const databaseUrl = z.union([z.string(), z.looseObject({ from_env: z.string() })]);

const sourceSchema = z.looseObject({
  name: z.string(),
  kind: z.string().default('postgres'),
  tables: z.array(z.unknown()).default([]),
  functions: z.array(z.unknown()).default([]),
  configuration: z
    .looseObject({
      connection_info: z.looseObject({ database_url: databaseUrl, use_prepared_statements: z.boolean().optional() }).optional(),
    })
    .optional(),
});

const roleLimit = z.looseObject({ global: z.number().int().nonnegative(), per_role: z.record(z.string(), z.number().int().nonnegative()).default({}) });

/** `api_limits` (Hasura's set_api_limits arguments); rate_limit is kept but not enforced. */
export const apiLimitsSchema = z.looseObject({
  disabled: z.boolean().default(false),
  depth_limit: roleLimit.optional(),
  node_limit: roleLimit.optional(),
  batch_limit: roleLimit.optional(),
  time_limit: roleLimit.optional(),
});
export type ApiLimitsMetadata = z.infer<typeof apiLimitsSchema>;

/** The metadata export document; only `sources` is interpreted, the rest is kept as given. */
export const metadataSchema = z.looseObject({
  version: z.literal(3),
  sources: z.array(sourceSchema).default([]),
  actions: z.array(z.unknown()).optional(),
  remote_schemas: z.array(z.unknown()).optional(),
  cron_triggers: z.array(z.unknown()).optional(),
  inherited_roles: z.array(z.unknown()).optional(),
  graphql_schema_introspection: z.looseObject({ disabled_for_roles: z.array(z.string()).default([]) }).optional(),
  api_limits: apiLimitsSchema.optional(),
});
export type HasuraMetadata = z.infer<typeof metadataSchema>;

/** One entry of `get_inconsistent_metadata` / `inconsistent_objects`. */
export interface InconsistentObject {
  type: string;
  reason: string;
  definition: unknown;
  name?: string;
}

export class MetadataFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MetadataFormatError';
  }
}

/** Parses an export-shaped metadata document, throwing MetadataFormatError with the first issue. */
export function parseMetadata(value: unknown): HasuraMetadata {
  const result = metadataSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? '$.' + issue.path.map(String).join('.') : '$';
    throw new MetadataFormatError(`invalid metadata at ${where}: ${issue?.message ?? 'unknown error'}`, { cause: result.error });
  }
  return result.data;
}
