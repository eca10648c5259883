/** Reads tables, views, columns, keys and functions from pg_catalog. */
import type pg from 'pg';

export interface DbColumn {
  name: string;
  /** Position in the table (attnum); keeps Hasura's column order. */
  position: number;
  /** Type name usable in a cast, e.g. `integer`, `timestamp with time zone`, `text[]`. */
  castType: string;
  /** Short Postgres type name (typname), e.g. `int4`, `timestamptz`, `_text` for arrays. */
  typname: string;
  /** For arrays: the element typname. */
  elementTypname: string | null;
  /** Postgres type category letter (N numeric, S string, ...). */
  category: string;
  isEnumType: boolean;
  nullable: boolean;
  hasDefault: boolean;
  comment: string | null;
}

export interface DbForeignKey {
  name: string;
  table: { schema: string; name: string };
  refTable: { schema: string; name: string };
  /** Pairs of local column → referenced column, in constraint order. */
  mapping: Array<[string, string]>;
}

export interface DbTable {
  schema: string;
  name: string;
  kind: 'table' | 'view' | 'materialized_view' | 'foreign_table' | 'partitioned_table';
  columns: DbColumn[];
  primaryKey: string[];
  uniqueKeys: string[][];
  foreignKeys: DbForeignKey[];
  comment: string | null;
}

export interface DbFunctionArg {
  name: string | null;
  castType: string;
  typname: string;
  elementTypname: string | null;
  category: string;
  hasDefault: boolean;
}

export interface DbFunction {
  schema: string;
  name: string;
  oid: number;
  args: DbFunctionArg[];
  returnsSet: boolean;
  /** When the return type is a table's row type. */
  returnTable: { schema: string; name: string } | null;
  returnCastType: string;
  returnTypname: string;
  returnElementTypname: string | null;
  returnCategory: string;
  volatility: 'IMMUTABLE' | 'STABLE' | 'VOLATILE';
  overloads: number;
  comment: string | null;
}

export interface DbCatalog {
  tables: Map<string, DbTable>;
  functions: Map<string, DbFunction>;
}

export function qualifiedKey(name: { schema: string; name: string }): string {
  return `${name.schema}.${name.name}`;
}

const RELATIONS_SQL = `
SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
       obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r','v','m','f','p')
  AND n.nspname NOT IN ('pg_catalog','information_schema','hdb_catalog','hasura_compat_catalog')
  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`;

const COLUMNS_SQL = `
SELECT a.attrelid::int AS relid, a.attname AS name, a.attnum::int AS position,
       format_type(a.atttypid, NULL) AS cast_type, t.typname, et.typname AS element_typname,
       coalesce(et.typcategory, t.typcategory)::text AS category,
       (coalesce(et.typtype, t.typtype) = 'e') AS is_enum,
       NOT a.attnotnull AS nullable, a.atthasdef AS has_default,
       col_description(a.attrelid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','v','m','f','p')
  AND n.nspname NOT IN ('pg_catalog','information_schema','hdb_catalog','hasura_compat_catalog')
  AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY a.attrelid, a.attnum`;

const CONSTRAINTS_SQL = `
SELECT con.conname AS name, con.contype::text AS kind, con.conrelid::int AS relid, con.confrelid::int AS refrelid,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(coalesce(con.confkey, '{}')) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
FROM pg_constraint con
JOIN pg_namespace n ON n.oid = con.connamespace
WHERE con.contype IN ('p','u','f')
  AND n.nspname NOT IN ('pg_catalog','information_schema','hdb_catalog','hasura_compat_catalog')`;

const FUNCTIONS_SQL = `
SELECT p.oid::int AS oid, n.nspname AS schema, p.proname AS name, p.proretset AS returns_set,
       p.provolatile::text AS volatility, p.pronargs::int AS nargs, p.pronargdefaults::int AS ndefaults,
       coalesce(p.proargnames, '{}') AS arg_names,
       coalesce(p.proargmodes::text[], '{}') AS arg_modes,
       ARRAY(SELECT format_type(x, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY u(x, o) ORDER BY o) AS arg_cast_types,
       ARRAY(SELECT t.typname::text FROM unnest(p.proargtypes) WITH ORDINALITY u(x, o) JOIN pg_type t ON t.oid = u.x ORDER BY o) AS arg_typnames,
       ARRAY(SELECT coalesce(et.typname::text, '') FROM unnest(p.proargtypes) WITH ORDINALITY u(x, o) JOIN pg_type t ON t.oid = u.x
             LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A' ORDER BY o) AS arg_element_typnames,
       ARRAY(SELECT coalesce(et.typcategory, t.typcategory)::text FROM unnest(p.proargtypes) WITH ORDINALITY u(x, o) JOIN pg_type t ON t.oid = u.x
             LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A' ORDER BY o) AS arg_categories,
       format_type(p.prorettype, NULL) AS return_cast_type, rt.typname AS return_typname,
       ret.typname AS return_element_typname, coalesce(ret.typcategory, rt.typcategory)::text AS return_category,
       rn.nspname AS return_table_schema, rc.relname AS return_table_name,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_type rt ON rt.oid = p.prorettype
LEFT JOIN pg_type ret ON ret.oid = rt.typelem AND rt.typcategory = 'A'
LEFT JOIN pg_class rc ON rc.oid = rt.typrelid AND rc.relkind IN ('r','v','m','f','p')
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE p.prokind = 'f'
  AND n.nspname NOT IN ('pg_catalog','information_schema','hdb_catalog','hasura_compat_catalog')
  AND n.nspname NOT LIKE 'pg_toast%'`;

const KINDS: Record<string, DbTable['kind']> = {
  r: 'table',
  v: 'view',
  m: 'materialized_view',
  f: 'foreign_table',
  p: 'partitioned_table',
};

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : '';
}
function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
function strArray(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}

interface RelationRow {
  oid: number;
  schema: string;
  name: string;
  relkind: string;
  comment: string | null;
}

interface ColumnRow {
  relid: number;
  name: string;
  position: number;
  cast_type: string;
  typname: string;
  element_typname: string | null;
  category: string;
  is_enum: boolean;
  nullable: boolean;
  has_default: boolean;
  comment: string | null;
}

interface ConstraintRow {
  name: string;
  kind: string;
  relid: number;
  refrelid: number;
  columns: string[];
  ref_columns: string[];
}

interface FunctionRow {
  oid: number;
  schema: string;
  name: string;
  returns_set: boolean;
  volatility: string;
  nargs: number;
  ndefaults: number;
  arg_names: string[];
  arg_modes: string[];
  arg_cast_types: string[];
  arg_typnames: string[];
  arg_element_typnames: string[];
  arg_categories: string[];
  return_cast_type: string;
  return_typname: string;
  return_element_typname: string | null;
  return_category: string;
  return_table_schema: string | null;
  return_table_name: string | null;
  comment: string | null;
}

/** Introspects the database behind `db`. */
export async function introspectDatabase(db: pg.Pool | pg.PoolClient): Promise<DbCatalog> {
  // One after another: `db` may be a single client inside a transaction (run_sql).
  const relations = await db.query<RelationRow>(RELATIONS_SQL);
  const columns = await db.query<ColumnRow>(COLUMNS_SQL);
  const constraints = await db.query<ConstraintRow>(CONSTRAINTS_SQL);
  const functions = await db.query<FunctionRow>(FUNCTIONS_SQL);
  const byOid = new Map<number, DbTable>();
  const tables = new Map<string, DbTable>();
  for (const row of relations.rows) {
    const table: DbTable = {
      schema: str(row.schema),
      name: str(row.name),
      kind: KINDS[str(row.relkind)] ?? 'table',
      columns: [],
      primaryKey: [],
      uniqueKeys: [],
      foreignKeys: [],
      comment: strOrNull(row.comment),
    };
    byOid.set(Number(row.oid), table);
    tables.set(qualifiedKey(table), table);
  }
  for (const row of columns.rows) {
    const table = byOid.get(Number(row.relid));
    if (!table) continue;
    table.columns.push({
      name: str(row.name),
      position: Number(row.position),
      castType: str(row.cast_type),
      typname: str(row.typname),
      elementTypname: strOrNull(row.element_typname),
      category: str(row.category),
      isEnumType: row.is_enum === true,
      nullable: row.nullable === true,
      hasDefault: row.has_default === true,
      comment: strOrNull(row.comment),
    });
  }
  for (const row of constraints.rows) {
    const table = byOid.get(Number(row.relid));
    if (!table) continue;
    const cols = strArray(row.columns);
    if (row.kind === 'p') table.primaryKey = cols;
    else if (row.kind === 'u') table.uniqueKeys.push(cols);
    else {
      const ref = byOid.get(Number(row.refrelid));
      if (!ref) continue;
      const refCols = strArray(row.ref_columns);
      table.foreignKeys.push({
        name: str(row.name),
        table: { schema: table.schema, name: table.name },
        refTable: { schema: ref.schema, name: ref.name },
        mapping: cols.map((col, i): [string, string] => [col, refCols[i] ?? '']),
      });
    }
  }
  const fnMap = new Map<string, DbFunction>();
  for (const row of functions.rows) {
    const key = `${str(row.schema)}.${str(row.name)}`;
    const existing = fnMap.get(key);
    if (existing) {
      existing.overloads += 1;
      continue;
    }
    const names = strArray(row.arg_names);
    const modes = strArray(row.arg_modes);
    const castTypes = strArray(row.arg_cast_types);
    const typnames = strArray(row.arg_typnames);
    const elementTypnames = strArray(row.arg_element_typnames);
    const categories = strArray(row.arg_categories);
    const nargs = Number(row.nargs);
    const ndefaults = Number(row.ndefaults);
    // proargnames covers all arguments including OUT ones when modes are present; keep IN ones.
    const inNames = modes.length > 0 ? names.filter((_, i) => modes[i] === 'i' || modes[i] === 'b' || modes[i] === 'v') : names;
    const args: DbFunctionArg[] = [];
    for (let i = 0; i < nargs; i += 1) {
      args.push({
        name: inNames[i] || null,
        castType: castTypes[i] ?? 'text',
        typname: typnames[i] ?? 'text',
        elementTypname: elementTypnames[i] || null,
        category: categories[i] ?? 'S',
        hasDefault: i >= nargs - ndefaults,
      });
    }
    const volatility = str(row.volatility);
    fnMap.set(key, {
      schema: str(row.schema),
      name: str(row.name),
      oid: Number(row.oid),
      args,
      returnsSet: row.returns_set === true,
      returnTable:
        row.return_table_name && row.return_table_schema
          ? { schema: str(row.return_table_schema), name: str(row.return_table_name) }
          : null,
      returnCastType: str(row.return_cast_type),
      returnTypname: str(row.return_typname),
      returnElementTypname: strOrNull(row.return_element_typname),
      returnCategory: str(row.return_category),
      volatility: volatility === 'i' ? 'IMMUTABLE' : volatility === 's' ? 'STABLE' : 'VOLATILE',
      overloads: 1,
      comment: strOrNull(row.comment),
    });
  }
  return { tables, functions: fnMap };
}
