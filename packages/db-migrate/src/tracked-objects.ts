/**
 * What a Hasura metadata export tracks in PostgreSQL: tables and views, tracked functions, and
 * the functions behind computed fields. The GraphQL role may read exactly these.
 */
export interface QualifiedName {
  readonly schema: string;
  readonly name: string;
}

interface TrackedObjects {
  readonly tables: QualifiedName[];
  readonly functions: QualifiedName[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Hasura accepts `name` or `{ name, schema }` (schema defaults to public). */
function qualifiedName(value: unknown): QualifiedName | undefined {
  if (typeof value === 'string' && value) return { schema: 'public', name: value };
  if (isRecord(value) && typeof value.name === 'string') {
    return { schema: typeof value.schema === 'string' ? value.schema : 'public', name: value.name };
  }
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The PostgreSQL objects a metadata export (v3, `sources`) tracks, without duplicates. */
export function trackedObjects(metadata: unknown): TrackedObjects {
  const tables = new Map<string, QualifiedName>();
  const functions = new Map<string, QualifiedName>();
  const add = (into: Map<string, QualifiedName>, name: QualifiedName | undefined): void => {
    if (name) into.set(`${name.schema}.${name.name}`, name);
  };
  const sources = isRecord(metadata) ? list(metadata.sources) : [];
  for (const source of sources) {
    if (!isRecord(source) || (source.kind !== undefined && source.kind !== 'postgres')) continue;
    for (const table of list(source.tables)) {
      if (!isRecord(table)) continue;
      add(tables, qualifiedName(table.table));
      for (const field of list(table.computed_fields)) {
        if (isRecord(field) && isRecord(field.definition)) add(functions, qualifiedName(field.definition.function));
      }
    }
    for (const fn of list(source.functions)) {
      if (isRecord(fn)) add(functions, qualifiedName(fn.function));
    }
  }
  return { tables: [...tables.values()], functions: [...functions.values()] };
}
