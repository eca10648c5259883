/**
 * Resolves metadata against the introspected database. Objects that do not resolve become
 * inconsistencies (Hasura's `inconsistent_objects`) and are left out of the model, as Hasura does.
 */
import { type DbCatalog, type DbTable, qualifiedKey } from '../metadata/introspect-database.js';
import {
  type ComputedField,
  type FunctionMetadata,
  type HasuraMetadata,
  type InconsistentObject,
  type TableMetadata,
  MetadataFormatError,
  functionSchema,
  tableSchema,
} from '../metadata/types.js';
import type { Model, ModelColumn, ModelComputedField, ModelFunction, ModelRelationship, ModelTable, RolePermission } from './model.js';
import { scalarInfo } from './scalar-info.js';

export interface BuildModelResult {
  model: Model;
  inconsistencies: InconsistentObject[];
}

function tableLabel(t: { schema: string; name: string }): string {
  return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
}

function customRootName(value: unknown): string | null {
  if (typeof value === 'string' && value) return value;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' && value.name) return value.name;
  return null;
}

function customRootComment(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'comment' in value && typeof value.comment === 'string') return value.comment;
  return undefined;
}

function parseOrThrow<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new MetadataFormatError(`invalid metadata at ${where}${issue ? '.' + issue.path.map(String).join('.') : ''}: ${issue?.message ?? 'invalid'}`);
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

const BOOL_KEYS = new Set(['_and', '_or', '_not', '$and', '$or', '$not']);

/** Names of problems in a permission filter (unknown columns/relationships), empty when valid. */
function checkBoolExp(
  exp: unknown,
  table: ModelTable,
  tables: Map<string, ModelTable>,
  problems: string[],
  depth = 0,
): void {
  if (depth > 20 || exp === null || typeof exp !== 'object') return;
  if (Array.isArray(exp)) {
    for (const item of exp) checkBoolExp(item, table, tables, problems, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(exp)) {
    if (BOOL_KEYS.has(key)) {
      checkBoolExp(value, table, tables, problems, depth + 1);
    } else if (key === '_exists') {
      const spec = value && typeof value === 'object' && '_table' in value ? value : null;
      const target = spec ? spec._table : null;
      const targetName =
        typeof target === 'string'
          ? { schema: 'public', name: target }
          : target && typeof target === 'object' && 'name' in target && typeof target.name === 'string'
            ? { schema: 'schema' in target && typeof target.schema === 'string' ? target.schema : 'public', name: target.name }
            : null;
      const targetTable = targetName ? tables.get(qualifiedKey(targetName)) : undefined;
      if (!targetTable) problems.push(`_exists refers to an untracked table ${JSON.stringify(target)}`);
      else if (spec && '_where' in spec) checkBoolExp(spec._where, targetTable, tables, problems, depth + 1);
    } else if (table.columnsByName.has(key) || table.computedFields.has(key)) {
      // operators are checked when compiled
    } else if (key.endsWith('_aggregate') && table.relationships.get(key.slice(0, -'_aggregate'.length))?.kind === 'array') {
      // aggregate predicate: its filter is checked when compiled
    } else {
      const rel = table.relationships.get(key);
      const target = rel ? tables.get(rel.target) : undefined;
      if (!rel || !target) problems.push(`no such column or relationship exists: "${key}" in table "${tableLabel(table)}"`);
      else checkBoolExp(value, target, tables, problems, depth + 1);
    }
  }
}

function inputArgName(name: string | null, index: number): string {
  return name && /^[_A-Za-z][_0-9A-Za-z]*$/.test(name) ? name : `arg_${index + 1}`;
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
          inconsistencies.push({ type, name, reason: `Inconsistent object: in table "${tableLabel(meta.table)}": in relationship "${rel.name}": ${problem ?? String(resolved)}`, definition });
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
        for (const cf of perm.permission.computed_fields)
          if (!model.computedFields.has(cf)) problems.push(`no such computed field exists: "${cf}"`);
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
  return { model: { tables, functions, roles, introspectionDisabledFor }, inconsistencies };
}

function makeTable(meta: TableMetadata, db: DbTable): ModelTable {
  const config = meta.configuration;
  const prefix = meta.table.schema === 'public' ? meta.table.name : `${meta.table.schema}_${meta.table.name}`;
  const typeName = config?.custom_name || prefix;
  const roots = config?.custom_root_fields ?? {};
  const columns: ModelColumn[] = db.columns.map((col) => {
    const custom = config?.column_config[col.name]?.custom_name || config?.custom_column_names[col.name] || null;
    return {
      name: col.name,
      field: custom ?? col.name,
      db: col,
      scalar: scalarInfo(col.typname, col.elementTypname, col.castType),
      comment: config?.column_config[col.name]?.comment ?? col.comment,
    };
  });
  return {
    key: qualifiedKey(meta.table),
    schema: meta.table.schema,
    name: meta.table.name,
    db,
    typeName,
    rootNames: {
      select: customRootName(roots.select) ?? typeName,
      selectByPk: customRootName(roots.select_by_pk) ?? `${typeName}_by_pk`,
      selectAggregate: customRootName(roots.select_aggregate) ?? `${typeName}_aggregate`,
    },
    rootComments: {
      ...(customRootComment(roots.select) !== undefined ? { select: customRootComment(roots.select) } : {}),
      ...(customRootComment(roots.select_by_pk) !== undefined ? { selectByPk: customRootComment(roots.select_by_pk) } : {}),
      ...(customRootComment(roots.select_aggregate) !== undefined ? { selectAggregate: customRootComment(roots.select_aggregate) } : {}),
    },
    columns,
    columnsByName: new Map(columns.map((c) => [c.name, c])),
    columnsByField: new Map(columns.map((c) => [c.field, c])),
    relationships: new Map(),
    computedFields: new Map(),
    permissions: new Map(),
    primaryKey: db.primaryKey,
    comment: typeof config?.comment === 'string' ? config.comment : db.comment,
  };
}

type ResolvedRel = Pick<ModelRelationship, 'target' | 'mapping' | 'nonNull'>;

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** `manual_configuration`: the mapping is given; nothing in the database backs it. */
function resolveManual(config: { remote_table: { schema: string; name: string }; column_mapping: Record<string, string> }): ResolvedRel {
  return { target: qualifiedKey(config.remote_table), mapping: Object.entries(config.column_mapping), nonNull: false };
}

function resolveObjectRelationship(
  using: TableMetadata['object_relationships'][number]['using'],
  table: DbTable,
  catalog: DbCatalog,
): ResolvedRel | string {
  if (using.manual_configuration) return resolveManual(using.manual_configuration);
  const fk = using.foreign_key_constraint_on;
  if (fk === undefined) return 'one of foreign_key_constraint_on or manual_configuration is required';
  if (typeof fk === 'string' || Array.isArray(fk)) {
    const cols = typeof fk === 'string' ? [fk] : fk;
    for (const col of cols) if (!table.columns.some((c) => c.name === col)) return `no such column exists: "${col}"`;
    const constraint = table.foreignKeys.find((f) => sameColumns(f.mapping.map(([l]) => l), cols));
    if (!constraint) return `no foreign key constraint exists on the column(s) ${cols.map((c) => `"${c}"`).join(', ')}`;
    const nonNull = cols.every((col) => table.columns.find((c) => c.name === col)?.nullable === false);
    return { target: qualifiedKey(constraint.refTable), mapping: constraint.mapping, nonNull };
  }
  // Reverse form: the other table has a foreign key pointing here.
  return resolveReverse(fk, table, catalog);
}

function resolveReverse(
  fk: { table: { schema: string; name: string }; column?: string | undefined; columns?: string[] | undefined },
  table: DbTable,
  catalog: DbCatalog,
): ResolvedRel | string {
  const remote = catalog.tables.get(qualifiedKey(fk.table));
  if (!remote) return `no such table/view exists in source: "${tableLabel(fk.table)}"`;
  const cols = fk.columns ?? (fk.column ? [fk.column] : []);
  if (cols.length === 0) return 'foreign_key_constraint_on needs column or columns';
  for (const col of cols) if (!remote.columns.some((c) => c.name === col)) return `no such column exists: "${col}" in table "${tableLabel(fk.table)}"`;
  const constraint = remote.foreignKeys.find(
    (f) => qualifiedKey(f.refTable) === qualifiedKey(table) && sameColumns(f.mapping.map(([l]) => l), cols),
  );
  if (!constraint) return `no foreign key constraint from "${tableLabel(fk.table)}" (${cols.join(', ')}) to "${tableLabel(table)}" exists`;
  return { target: qualifiedKey(fk.table), mapping: constraint.mapping.map(([remoteCol, localCol]): [string, string] => [localCol, remoteCol]), nonNull: false };
}

function resolveArrayRelationship(
  using: TableMetadata['array_relationships'][number]['using'],
  table: DbTable,
  catalog: DbCatalog,
): ResolvedRel | string {
  if (using.manual_configuration) return resolveManual(using.manual_configuration);
  const fk = using.foreign_key_constraint_on;
  if (!fk) return 'one of foreign_key_constraint_on or manual_configuration is required';
  return resolveReverse(fk, table, catalog);
}

function checkRelationship(rel: ResolvedRel, table: ModelTable, tables: Map<string, ModelTable>): string | null {
  const target = tables.get(rel.target);
  if (!target) return `table "${rel.target.replace(/^public\./, '')}" is not tracked`;
  for (const [local, remote] of rel.mapping) {
    if (!table.columnsByName.has(local)) return `no such column exists: "${local}"`;
    if (!target.columnsByName.has(remote)) return `no such column exists: "${remote}" in table "${tableLabel(target)}"`;
  }
  return null;
}

function resolveComputedField(
  cf: ComputedField,
  table: ModelTable,
  catalog: DbCatalog,
  tables: Map<string, ModelTable>,
): ModelComputedField | string {
  const fn = catalog.functions.get(qualifiedKey(cf.definition.function));
  if (!fn) return `no such function exists: "${tableLabel(cf.definition.function)}"`;
  if (fn.overloads > 1) return `function "${tableLabel(cf.definition.function)}" is overloaded; overloaded functions are not supported`;
  if (fn.volatility === 'VOLATILE') return `function "${tableLabel(cf.definition.function)}" is VOLATILE; computed fields need STABLE or IMMUTABLE functions`;
  const tableArgIndex = cf.definition.table_argument ? fn.args.findIndex((a) => a.name === cf.definition.table_argument) : 0;
  const tableArg = fn.args[tableArgIndex];
  if (!tableArg) return `the function has no table argument${cf.definition.table_argument ? ` "${cf.definition.table_argument}"` : ''}`;
  if (tableArg.typname !== table.name) return `first argument type "${tableArg.castType}" is not the row type of table "${tableLabel(table)}"`;
  let sessionArgIndex: number | null = null;
  if (cf.definition.session_argument) {
    sessionArgIndex = fn.args.findIndex((a) => a.name === cf.definition.session_argument);
    if (sessionArgIndex < 0) return `no session argument "${cf.definition.session_argument}"`;
    if (fn.args[sessionArgIndex]?.typname !== 'json') return `session argument "${cf.definition.session_argument}" must be of type json`;
  }
  const inputArgs = fn.args
    .map((arg, index) => ({ index, arg, name: inputArgName(arg.name, index), scalar: scalarInfo(arg.typname, arg.elementTypname, arg.castType) }))
    .filter((a) => a.index !== tableArgIndex && a.index !== sessionArgIndex);
  let returnTable: string | null = null;
  let returnScalar = null;
  if (fn.returnTable) {
    const key = qualifiedKey(fn.returnTable);
    if (!tables.has(key)) return `the function returns rows of "${tableLabel(fn.returnTable)}", which is not tracked`;
    if (!fn.returnsSet) return 'functions returning a single row are not supported as computed fields; return SETOF';
    returnTable = key;
  } else {
    if (fn.returnsSet) return 'set-returning functions must return SETOF a tracked table';
    if (fn.returnTypname === 'void' || fn.returnTypname === 'record') return `return type "${fn.returnTypname}" is not supported`;
    returnScalar = scalarInfo(fn.returnTypname, fn.returnElementTypname, fn.returnCastType);
  }
  return { name: cf.name, fn, tableArgIndex, sessionArgIndex, inputArgs, returnTable, returnScalar, comment: cf.comment ?? null };
}

function resolveFunction(meta: FunctionMetadata, catalog: DbCatalog, tables: Map<string, ModelTable>): ModelFunction | string | null {
  const fn = catalog.functions.get(qualifiedKey(meta.function));
  if (!fn) return `no such function exists: "${tableLabel(meta.function)}"`;
  if (fn.overloads > 1) return 'overloaded functions are not supported';
  if (!fn.returnTable) return 'the function does not return a table row type (SETOF <tracked table>)';
  const returnKey = qualifiedKey(fn.returnTable);
  if (!tables.has(returnKey)) return `the function returns rows of "${tableLabel(fn.returnTable)}", which is not tracked`;
  const config = meta.configuration;
  const exposedAs = config?.exposed_as ?? (fn.volatility === 'VOLATILE' ? 'mutation' : 'query');
  // Mutations are not served by this server: the function is consistent but not exposed.
  if (exposedAs === 'mutation') return null;
  let sessionArgIndex: number | null = null;
  if (config?.session_argument) {
    sessionArgIndex = fn.args.findIndex((a) => a.name === config.session_argument);
    if (sessionArgIndex < 0) return `no session argument "${config.session_argument}"`;
    if (fn.args[sessionArgIndex]?.typname !== 'json') return `session argument "${config.session_argument}" must be of type json`;
  }
  const base = config?.custom_name || (meta.function.schema === 'public' ? meta.function.name : `${meta.function.schema}_${meta.function.name}`);
  const inputArgs = fn.args
    .map((arg, index) => ({ index, arg, name: inputArgName(arg.name, index), scalar: scalarInfo(arg.typname, arg.elementTypname, arg.castType) }))
    .filter((a) => a.index !== sessionArgIndex);
  return {
    key: qualifiedKey(meta.function),
    fn,
    rootName: config?.custom_root_fields?.function || base,
    aggregateRootName: config?.custom_root_fields?.function_aggregate || `${base}_aggregate`,
    argsTypeName: base,
    returnTable: returnKey,
    sessionArgIndex,
    inputArgs,
    roles: meta.permissions ? new Set(meta.permissions.map((p) => p.role)) : null,
    comment: meta.comment ?? fn.comment,
  };
}
