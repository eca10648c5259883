/** Checks that a permission filter names only columns, computed fields and relationships that exist. */
import { isRecord } from '@issuing/kernel';
import { qualifiedKey } from '../metadata/introspect-database.js';
import type { ModelTable } from './model.js';

import { tableLabel } from './resolve-table.js';

const BOOL_KEYS = new Set(['_and', '_or', '_not', '$and', '$or', '$not']);

/** Names of problems in a permission filter (unknown columns/relationships), empty when valid. */
export function checkBoolExp(
  exp: unknown,
  table: ModelTable,
  tables: Map<string, ModelTable>,
  problems: string[],
  depth = 0,
): void {
  if (depth > 20) return;
  if (Array.isArray(exp)) {
    for (const item of exp) checkBoolExp(item, table, tables, problems, depth + 1);
    return;
  }
  if (!isRecord(exp)) return;
  for (const [key, value] of Object.entries(exp)) {
    if (BOOL_KEYS.has(key)) {
      checkBoolExp(value, table, tables, problems, depth + 1);
    } else if (key === '_exists') {
      const spec = isRecord(value) ? value : null;
      const target = spec?._table ?? null;
      const targetName =
        typeof target === 'string'
          ? { schema: 'public', name: target }
          : isRecord(target) && typeof target.name === 'string'
            ? { schema: typeof target.schema === 'string' ? target.schema : 'public', name: target.name }
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
