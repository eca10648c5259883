/** Resolves a tracked table and its relationships against the introspected database. */
import { type DbCatalog, type DbTable, qualifiedKey } from '../metadata/introspect-database.js';
import { type TableMetadata } from '../metadata/types.js';
import type { ModelColumn, ModelRelationship, ModelTable } from './model.js';
import { scalarInfo } from './scalar-info.js';

export function tableLabel(t: { schema: string; name: string }): string {
  return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
}

export const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function customRootName(value: unknown): string | null {
  if (typeof value === 'string' && value) return value;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' && value.name) return value.name;
  return null;
}

function customRootComment(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'comment' in value && typeof value.comment === 'string') return value.comment;
  return undefined;
}

export function makeTable(meta: TableMetadata, db: DbTable): ModelTable {
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

export type ResolvedRel = Pick<ModelRelationship, 'target' | 'mapping' | 'nonNull'>;

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** `manual_configuration`: the mapping is given; nothing in the database backs it. */
function resolveManual(config: { remote_table: { schema: string; name: string }; column_mapping: Record<string, string> }): ResolvedRel {
  return { target: qualifiedKey(config.remote_table), mapping: Object.entries(config.column_mapping), nonNull: false };
}

export function resolveObjectRelationship(
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

export function resolveArrayRelationship(
  using: TableMetadata['array_relationships'][number]['using'],
  table: DbTable,
  catalog: DbCatalog,
): ResolvedRel | string {
  if (using.manual_configuration) return resolveManual(using.manual_configuration);
  const fk = using.foreign_key_constraint_on;
  if (!fk) return 'one of foreign_key_constraint_on or manual_configuration is required';
  return resolveReverse(fk, table, catalog);
}

export function checkRelationship(rel: ResolvedRel, table: ModelTable, tables: Map<string, ModelTable>): string | null {
  const target = tables.get(rel.target);
  if (!target) return `table "${rel.target.replace(/^public\./, '')}" is not tracked`;
  for (const [local, remote] of rel.mapping) {
    if (!table.columnsByName.has(local)) return `no such column exists: "${local}"`;
    if (!target.columnsByName.has(remote)) return `no such column exists: "${remote}" in table "${tableLabel(target)}"`;
  }
  return null;
}

