/**
 * Resolves metadata against the introspected database. Objects that do not resolve become
 * inconsistencies (Hasura's `inconsistent_objects`) and are left out of the model, as Hasura does.
 */
import { type DbCatalog, qualifiedKey } from '../metadata/introspect-database.js';
import { type ApiLimitsMetadata, type FunctionMetadata, type HasuraMetadata, type InconsistentObject, type TableMetadata, MetadataFormatError, functionSchema, tableSchema } from '../metadata/types.js';
import type { ApiLimits, RoleLimit, Model, ModelFunction, ModelTable, RolePermission } from './model.js';

import { checkBoolExp } from './check-permission-filter.js';
import { resolveComputedField, resolveFunction } from './resolve-function.js';
import { GRAPHQL_NAME, type ResolvedRel, checkRelationship, makeTable, resolveArrayRelationship, resolveObjectRelationship, tableLabel } from './resolve-table.js';

export interface BuildModelResult {
  model: Model;
  inconsistencies: InconsistentObject[];
}

function parseOrThrow<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new MetadataFormatError(`invalid metadata at ${where}${issue ? '.' + issue.path.map(String).join('.') : ''}: ${issue?.message ?? 'invalid'}`);
}

/** Builds the model; never throws for database mismatches (those become inconsistencies). */
export function buildModel(metadata: HasuraMetadata, catalog: DbCatalog): BuildModelResult {
  const inconsistencies: InconsistentObject[] = [];
  const tables = new Map<string, ModelTable>();
  const functions = new Map<string, ModelFunction>();
  const roles = new Set<string>();
  const tableMetas: Array<{ meta: TableMetadata; model: ModelTable }> = [];

  // Parts of Hasura this server does not serve are reported, so they fail loudly rather than vanish.
  const unsupported: Array<[string, string, unknown[] | undefined]> = [
    ['action', 'actions', metadata.actions],
    ['remote_schema', 'remote schemas', metadata.remote_schemas],
    ['inherited_role', 'inherited roles', metadata.inherited_roles],
  ];
  for (const [type, label, items] of unsupported) {
    for (const item of items ?? []) {
      const name = item && typeof item === 'object' && 'name' in item && typeof item.name === 'string' ? item.name : item && typeof item === 'object' && 'role_name' in item && typeof item.role_name === 'string' ? item.role_name : '?';
      inconsistencies.push({ type, name: `${type} ${name}`, reason: `Inconsistent object: ${label} are not supported by hasura-compatible-server`, definition: item });
    }
  }

  metadata.sources.forEach((source, sourceIndex) => {
    if (sourceIndex > 0 || source.kind !== 'postgres') {
      inconsistencies.push({
        type: 'source',
        name: `source ${source.name}`,
        reason: `Inconsistent object: this server serves one postgres source; source "${source.name}" (kind ${source.kind}) is not supported`,
        definition: { name: source.name, kind: source.kind },
      });
      return;
    }
    source.tables.forEach((raw, i) => {
      const meta = parseOrThrow<TableMetadata>(tableSchema, raw, `$.sources[${sourceIndex}].tables[${i}]`);
      const db = catalog.tables.get(qualifiedKey(meta.table));
      if (!db) {
        inconsistencies.push({
          type: 'table',
          name: `table ${tableLabel(meta.table)} in source ${source.name}`,
          reason: `Inconsistent object: no such table/view exists in source: "${tableLabel(meta.table)}"`,
          definition: raw,
        });
        return;
      }
      for (const remote of meta.remote_relationships) {
        const name = remote && typeof remote === 'object' && 'name' in remote && typeof remote.name === 'string' ? remote.name : '?';
        inconsistencies.push({
          type: 'remote_relationship',
          name: `remote_relationship ${name} in table ${tableLabel(meta.table)} in source ${source.name}`,
          reason: `Inconsistent object: in table "${tableLabel(meta.table)}": remote relationships are not supported by hasura-compatible-server`,
          definition: remote,
        });
      }
      const model = makeTable(meta, db);
      if (!GRAPHQL_NAME.test(model.typeName)) {
        inconsistencies.push({
          type: 'table',
          name: `table ${tableLabel(meta.table)} in source ${source.name}`,
          reason: `Inconsistent object: the name "${model.typeName}" is not a valid GraphQL name; set configuration.custom_name`,
          definition: raw,
        });
        return;
      }
      const clash = [...tables.values()].find((t) => t.typeName === model.typeName);
      if (clash) {
        inconsistencies.push({
          type: 'table',
          name: `table ${tableLabel(meta.table)} in source ${source.name}`,
          reason: `Inconsistent object: the GraphQL name "${model.typeName}" is already used by table "${tableLabel(clash)}"`,
          definition: raw,
        });
        return;
      }
      // Columns whose names GraphQL cannot express are left out unless given a custom name.
      for (const col of model.columns.filter((c) => !GRAPHQL_NAME.test(c.field))) {
        inconsistencies.push({
          type: 'column',
          name: `column ${col.name} in table ${tableLabel(meta.table)} in source ${source.name}`,
          reason: `Inconsistent object: in table "${tableLabel(meta.table)}": the column name "${col.name}" is not a valid GraphQL name; set column_config.${col.name}.custom_name`,
          definition: { table: meta.table, column: col.name },
        });
        model.columnsByField.delete(col.field);
      }
      model.columns = model.columns.filter((c) => GRAPHQL_NAME.test(c.field));
      tables.set(model.key, model);
      tableMetas.push({ meta, model });
    });

    for (const { meta, model } of tableMetas) {
      // Object and array relationships differ only in how `using` resolves.
      const addRelationship = (kind: 'object' | 'array', rel: { name: string; comment?: string | null }, resolved: ResolvedRel | string): void => {
        const type = `${kind}_relation`;
        const name = `${type} ${rel.name} in table ${tableLabel(meta.table)} in source ${source.name}`;
        const definition = { ...rel, table: meta.table, source: source.name };
        const problem = typeof resolved === 'string' ? resolved : checkRelationship(resolved, model, tables);
        if (problem || typeof resolved === 'string') {
          inconsistencies.push({ type, name, reason: `Inconsistent object: in table "${tableLabel(meta.table)}": in relationship "${rel.name}": ${problem ?? ''}`, definition });
          return;
        }
        if (!GRAPHQL_NAME.test(rel.name)) {
          inconsistencies.push({ type, name, reason: `Inconsistent object: in table "${tableLabel(meta.table)}": "${rel.name}" is not a valid GraphQL name`, definition });
          return;
        }
        model.relationships.set(rel.name, { name: rel.name, kind, comment: rel.comment ?? null, ...resolved });
      };
      for (const rel of meta.object_relationships) addRelationship('object', rel, resolveObjectRelationship(rel.using, model.db, catalog));
      for (const rel of meta.array_relationships) addRelationship('array', rel, resolveArrayRelationship(rel.using, model.db, catalog));
      for (const cf of meta.computed_fields) {
        const resolved = resolveComputedField(cf, model, catalog, tables);
        if (typeof resolved === 'string') {
          inconsistencies.push({
            type: 'computed_field',
            name: `computed_field ${cf.name} in table ${tableLabel(meta.table)} in source ${source.name}`,
            reason: `Inconsistent object: in table "${tableLabel(meta.table)}": in computed field "${cf.name}": ${resolved}`,
            definition: { ...cf, table: meta.table, source: source.name },
          });
          continue;
        }
        model.computedFields.set(cf.name, resolved);
      }
    }

    for (const { meta, model } of tableMetas) {
      for (const perm of meta.select_permissions) {
        const problems: string[] = [];
        const columns = perm.permission.columns === '*' ? model.columns.map((c) => c.name) : perm.permission.columns;
        for (const col of columns) if (!model.columnsByName.has(col)) problems.push(`no such column exists: "${col}"`);
        for (const cf of perm.permission.computed_fields) {
          const computed = model.computedFields.get(cf);
          if (!computed) problems.push(`no such computed field exists: "${cf}"`);
          else if (computed.returnTable !== null) {
            // Hasura (Permission.hs): a table computed field follows its returned table's permission.
            const returned = tables.get(computed.returnTable);
            problems.push(`select permissions on computed field "${cf}" are auto-derived from the permissions on its returning table "${returned ? tableLabel(returned) : computed.returnTable}" and cannot be specified manually`);
          }
        }
        checkBoolExp(perm.permission.filter, model, tables, problems);
        if (problems.length > 0) {
          inconsistencies.push({
            type: 'select_permission',
            name: `permission ${tableLabel(meta.table)}.${perm.role}.select in source ${source.name}`,
            reason: `Inconsistent object: in table "${tableLabel(meta.table)}": in permission for role "${perm.role}": ${problems.join('; ')}`,
            definition: { role: perm.role, permission: perm.permission, table: meta.table, source: source.name },
          });
          continue;
        }
        roles.add(perm.role);
        const rolePermission: RolePermission = {
          columns: new Set(columns),
          filter: perm.permission.filter,
          limit: perm.permission.limit ?? null,
          allowAggregations: perm.permission.allow_aggregations,
          computedFields: new Set(perm.permission.computed_fields),
          queryRootFields: perm.permission.query_root_fields ? new Set(perm.permission.query_root_fields) : null,
          subscriptionRootFields: perm.permission.subscription_root_fields ? new Set(perm.permission.subscription_root_fields) : null,
        };
        model.permissions.set(perm.role, rolePermission);
      }
      for (const kind of ['insert_permissions', 'update_permissions', 'delete_permissions'] as const) {
        for (const perm of meta[kind]) {
          const role = perm && typeof perm === 'object' && 'role' in perm && typeof perm.role === 'string' ? perm.role : null;
          if (role) roles.add(role);
        }
      }
    }

    source.functions.forEach((raw, i) => {
      const meta = parseOrThrow<FunctionMetadata>(functionSchema, raw, `$.sources[${sourceIndex}].functions[${i}]`);
      const resolved = resolveFunction(meta, catalog, tables);
      if (typeof resolved === 'string') {
        inconsistencies.push({
          type: 'function',
          name: `function ${tableLabel(meta.function)} in source ${source.name}`,
          reason: `Inconsistent object: in function "${tableLabel(meta.function)}": ${resolved}`,
          definition: raw,
        });
        return;
      }
      if (resolved) functions.set(resolved.key, resolved);
    });
  });

  const introspectionDisabledFor = new Set(metadata.graphql_schema_introspection?.disabled_for_roles ?? []);
  const usePreparedStatements = metadata.sources[0]?.configuration?.connection_info?.use_prepared_statements === true;
  return { model: { tables, functions, roles, introspectionDisabledFor, apiLimits: apiLimits(metadata.api_limits), usePreparedStatements }, inconsistencies };
}

function roleLimit(limit: { global: number; per_role: Record<string, number> } | undefined): RoleLimit | null {
  return limit ? { global: limit.global, perRole: new Map(Object.entries(limit.per_role)) } : null;
}

function apiLimits(meta: ApiLimitsMetadata | undefined): ApiLimits | null {
  if (!meta || meta.disabled) return null;
  return { depth: roleLimit(meta.depth_limit), node: roleLimit(meta.node_limit), batch: roleLimit(meta.batch_limit), time: roleLimit(meta.time_limit) };
}

