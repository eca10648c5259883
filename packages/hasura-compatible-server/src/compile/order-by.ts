/**
 * The inner SELECT of a list: `order_by` (columns, computed fields, object relationships,
 * array relationship aggregates), `distinct_on`, `limit` and `offset`.
 */
import { GraphQLRequestError } from '../errors.js';
import type { ModelTable } from '../model/model.js';
import { isRecord } from '@issuing/kernel';
import { CompilerBase, type FromSource, type SelectArgs, toList } from './compiler-base.js';
import { qualified, quoteIdent } from './sql-params.js';

const DIRECTIONS: Record<string, string> = {
  asc: 'ASC NULLS LAST',
  asc_nulls_last: 'ASC NULLS LAST',
  asc_nulls_first: 'ASC NULLS FIRST',
  desc: 'DESC NULLS FIRST',
  desc_nulls_first: 'DESC NULLS FIRST',
  desc_nulls_last: 'DESC NULLS LAST',
};

interface OrderItem {
  expr: string;
  dir: string;
  /** set when the item is a plain column of the table (for distinct_on) */
  column: string | null;
}

/** SQL of an aggregate function over a column expression. */
export function aggregateSql(op: string, column: string): string {
  switch (op) {
    case 'sum': case 'avg': case 'max': case 'min': case 'stddev': case 'stddev_pop': case 'stddev_samp': case 'var_pop': case 'var_samp': case 'variance':
      return `${op}(${column})`;
    default:
      throw new GraphQLRequestError(`unknown aggregate "${op}"`, 'validation-failed');
  }
}

function direction(value: unknown, path: string): string {
  const dir = typeof value === 'string' ? DIRECTIONS[value] : undefined;
  if (!dir) throw new GraphQLRequestError(`expected one of the values asc, asc_nulls_first, asc_nulls_last, desc, desc_nulls_first, desc_nulls_last for type "order_by"`, 'validation-failed', path);
  return dir;
}

export class SelectCompiler extends CompilerBase {
  protected orderItems(table: ModelTable, alias: string, orderBy: unknown, path: string): OrderItem[] {
    const items: OrderItem[] = [];
    for (const entry of toList(orderBy)) {
      if (entry === null) continue; // null items are ignored (fixture order_by/articles_order_by_null)
      if (!isRecord(entry)) throw new GraphQLRequestError(`expected an object for type "${table.typeName}_order_by"`, 'validation-failed', `${path}.args.order_by`);
      this.orderEntry(table, alias, entry, items, `${path}.args.order_by`);
    }
    return items;
  }

  protected orderEntry(table: ModelTable, alias: string, entry: Record<string, unknown>, out: OrderItem[], path: string, top = true): void {
    for (const [key, value] of Object.entries(entry)) {
      if (value === null || value === undefined) continue;
      const column = table.columnsByField.get(key);
      if (column) {
        out.push({ expr: `${alias}.${quoteIdent(column.name)}`, dir: direction(value, `${path}.${key}`), column: top ? column.name : null });
        continue;
      }
      const cf = table.computedFields.get(key);
      if (cf && cf.returnScalar) {
        out.push({ expr: this.computedCall(cf, alias, undefined, path), dir: direction(value, `${path}.${key}`), column: null });
        continue;
      }
      const rel = table.relationships.get(key);
      if (rel && rel.kind === 'object' && isRecord(value)) {
        const target = this.tables.get(rel.target);
        if (!target) continue;
        const nested: OrderItem[] = [];
        const inner = this.params.alias();
        this.orderEntry(target, inner, value, nested, `${path}.${key}`, false);
        const conds = rel.mapping.map(([l, r]) => `${inner}.${quoteIdent(r)} = ${alias}.${quoteIdent(l)}`);
        const perm = this.boolExp.permission(target, inner);
        if (perm) conds.push(perm);
        for (const item of nested) {
          out.push({ expr: `(SELECT ${item.expr} FROM ${qualified(target.schema, target.name)} AS ${inner} WHERE ${conds.join(' AND ')} LIMIT 1)`, dir: item.dir, column: null });
        }
        continue;
      }
      if (key.endsWith('_aggregate') && isRecord(value)) {
        const baseName = key.slice(0, -'_aggregate'.length);
        const arrayRel = table.relationships.get(baseName);
        const setField = table.computedFields.get(baseName);
        const target = arrayRel ? this.tables.get(arrayRel.target) : setField?.returnTable ? this.tables.get(setField.returnTable) : undefined;
        if ((arrayRel?.kind === 'array' || setField?.returnTable) && target) {
          const inner = this.params.alias();
          const conds = arrayRel ? arrayRel.mapping.map(([l, r]) => `${inner}.${quoteIdent(r)} = ${alias}.${quoteIdent(l)}`) : [];
          const perm = this.boolExp.permission(target, inner);
          if (perm) conds.push(perm);
          const source = arrayRel || !setField ? qualified(target.schema, target.name) : this.computedCall(setField, alias, undefined, path);
          const from = `FROM ${source} AS ${inner}${conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : ''}`;
          for (const [op, spec] of Object.entries(value)) {
            if (spec === null || spec === undefined) continue;
            if (op === 'count') {
              out.push({ expr: `(SELECT count(*) ${from})`, dir: direction(spec, `${path}.${key}.count`), column: null });
            } else if (isRecord(spec)) {
              for (const [colField, dir] of Object.entries(spec)) {
                const col = target.columnsByField.get(colField);
                if (!col || dir === null) continue;
                out.push({ expr: `(SELECT ${aggregateSql(op, `${inner}.${quoteIdent(col.name)}`)} ${from})`, dir: direction(dir, `${path}.${key}.${op}.${colField}`), column: null });
              }
            }
          }
          continue;
        }
      }
      throw new GraphQLRequestError(`field '${key}' not found in type: '${table.typeName}_order_by'`, 'validation-failed', `${path}.${key}`);
    }
  }

  /**
   * The inner SELECT of a list: rows of the table with permission, where, distinct_on, order, limit
   * and offset applied. `columns` are the select-list items.
   */
  protected innerSelect(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, columns: string[], path: string): { sql: string; order: OrderItem[] } {
    const conds = this.conditions(table, alias, source, args.where, path);
    let order = this.orderItems(table, alias, args.orderBy, path);
    let distinct = '';
    const distinctFields = toList(args.distinctOn).filter((v): v is string => typeof v === 'string');
    if (distinctFields.length > 0) {
      const distinctCols = distinctFields.map((f) => {
        const col = table.columnsByField.get(f);
        if (!col) throw new GraphQLRequestError(`unexpected value "${f}" for enum "${table.typeName}_select_column"`, 'validation-failed', `${path}.args.distinct_on`);
        return col.name;
      });
      const unique = [...new Set(distinctCols)];
      if (order.length > 0) {
        const leading = order.slice(0, unique.length);
        const matches = leading.length === unique.length && leading.every((item) => item.column !== null && unique.includes(item.column)) && new Set(leading.map((i) => i.column)).size === unique.length;
        if (!matches) throw new GraphQLRequestError('"distinct_on" columns must match initial "order_by" columns', 'validation-failed', `${path}.args`);
      } else {
        order = unique.map((c) => ({ expr: `${alias}.${quoteIdent(c)}`, dir: 'ASC NULLS LAST', column: c }));
      }
      distinct = `DISTINCT ON (${unique.map((c) => `${alias}.${quoteIdent(c)}`).join(', ')}) `;
    }
    const limit = this.limitOf(table, args.limit, path);
    const offset = this.offsetOf(args.offset, path);
    const orderCols = order.map((item, i) => `${item.expr} AS "hc_o${i}"`);
    let sql = `SELECT ${distinct}${[...columns, ...orderCols].join(', ')} FROM ${source.sql} AS ${alias}`;
    if (conds.length > 0) sql += ` WHERE ${conds.join(' AND ')}`;
    if (order.length > 0) sql += ` ORDER BY ${order.map((item) => `${item.expr} ${item.dir}`).join(', ')}`;
    // Limit and offset are integers checked above, written into the SQL as Hasura does: a
    // parameter would leave a prepared statement's generic plan guessing the page size (10% of the
    // rows), and the keyset page would be planned with hash joins over whole tables.
    if (limit !== null) sql += ` LIMIT ${String(limit)}`;
    if (offset !== null) sql += ` OFFSET ${String(offset)}`;
    return { sql, order };
  }

  protected outerOrder(order: OrderItem[]): string {
    if (order.length === 0) return '';
    return ` ORDER BY ${order.map((item, i) => `_r."hc_o${i}" ${item.dir}`).join(', ')}`;
  }
}
