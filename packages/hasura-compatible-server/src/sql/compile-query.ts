/**
 * Compiles one root field of a query into exactly one parameterized SQL statement whose single
 * value is the field's JSON, built inside Postgres (json_agg / row_to_json / json_build_object)
 * as Hasura does. The role's permission filter and limit apply at every level.
 */
import type { FieldNode, SelectionSetNode } from 'graphql';
import { GraphQLRequestError } from '../errors.js';
import { type RoleSchema, tablePermission } from '../schema/build-schema.js';
import { type AggregateOp, type FieldInfo } from '../schema/field-info.js';
import type { ModelColumn, ModelComputedField, ModelFunction, ModelTable } from '../schema/model.js';
import type { ScalarInfo } from '../schema/scalar-info.js';
import { BoolExpCompiler } from './bool-exp.js';
import { type RequestContext, argumentsOf, collectFields, mergedSelection } from './request-values.js';
import { SqlParams, paramValue, qualified, quoteIdent } from './sql-params.js';

export interface CompileOptions extends RequestContext {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
}

export interface CompiledStatement {
  sql: string;
  params: unknown[];
}

const DIRECTIONS: Record<string, string> = {
  asc: 'ASC NULLS LAST',
  asc_nulls_last: 'ASC NULLS LAST',
  asc_nulls_first: 'ASC NULLS FIRST',
  desc: 'DESC NULLS FIRST',
  desc_nulls_first: 'DESC NULLS FIRST',
  desc_nulls_last: 'DESC NULLS LAST',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function toList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A SQL string literal for a GraphQL name (the only text we inline; names match /[_A-Za-z][_0-9A-Za-z]*​/). */
function nameLiteral(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new GraphQLRequestError(`invalid name "${name}"`, 'validation-failed');
  return `'${name}'`;
}

interface FromSource {
  /** SQL for the FROM item, without alias. */
  sql: string;
  /** Extra conditions joining it to its parent. */
  conditions: string[];
}

interface SelectArgs {
  where: unknown;
  orderBy: unknown;
  limit: unknown;
  offset: unknown;
  distinctOn: unknown;
}

interface OrderItem {
  expr: string;
  dir: string;
  /** set when the item is a plain column of the table (for distinct_on) */
  column: string | null;
}

export class QueryCompiler {
  private readonly params = new SqlParams();
  private readonly boolExp: BoolExpCompiler;
  private readonly tables: Map<string, ModelTable>;

  constructor(private readonly opts: CompileOptions) {
    this.tables = opts.roleSchema.model.tables;
    this.boolExp = new BoolExpCompiler({
      tables: this.tables,
      params: this.params,
      session: opts.session,
      permissionFilter: (table) => tablePermission(table, opts.roleSchema.role)?.filter ?? null,
      nullCollapse: opts.nullCollapse,
    });
  }

  /** Compiles a root field (fields of query_root other than introspection). */
  compileRoot(nodes: FieldNode[]): CompiledStatement {
    const node = nodes[0];
    if (!node) throw new GraphQLRequestError('empty selection', 'unexpected');
    const fieldName = node.name.value;
    const info = this.fieldInfo('query_root', fieldName, `$.selectionSet.${fieldName}`);
    const path = `$.selectionSet.${fieldName}`;
    const args = argumentsOf(node, this.opts);
    const selection = mergedSelection(nodes);
    let expr: string;
    switch (info.kind) {
      case 'root_select': {
        const alias = this.params.alias();
        expr = this.listQuery(info.table, alias, this.tableSource(info.table), selectArgs(args), selection, path);
        break;
      }
      case 'root_aggregate': {
        const alias = this.params.alias();
        expr = this.aggregateQuery(info.table, alias, this.tableSource(info.table), selectArgs(args), selection, path);
        break;
      }
      case 'root_by_pk': {
        const alias = this.params.alias();
        const conds: string[] = [];
        for (const pkName of info.table.primaryKey) {
          const col = info.table.columnsByName.get(pkName);
          if (!col) continue;
          const value = args.get(col.field);
          if (value === undefined || value === null) {
            throw new GraphQLRequestError(`missing required field '${col.field}'`, 'validation-failed', `${path}.args`);
          }
          conds.push(`${alias}.${quoteIdent(col.name)} = ${this.params.add(paramValue(value, col.scalar.isJson), col.scalar.castType)}`);
        }
        const perm = this.boolExp.permission(info.table, alias);
        if (perm) conds.push(perm);
        expr = `(SELECT ${this.rowJson(info.table, alias, selection, path)} FROM ${qualified(info.table.schema, info.table.name)} AS ${alias} WHERE ${conds.join(' AND ')} LIMIT 1)`;
        break;
      }
      case 'root_function':
      case 'root_function_aggregate': {
        const alias = this.params.alias();
        const source = this.functionSource(info.fn, args.get('args'), `${path}.args.args`);
        expr =
          info.kind === 'root_function'
            ? this.listQuery(info.table, alias, source, selectArgs(args), selection, path)
            : this.aggregateQuery(info.table, alias, source, selectArgs(args), selection, path);
        break;
      }
      default:
        throw new GraphQLRequestError(`field '${fieldName}' not found in type: 'query_root'`, 'validation-failed', path);
    }
    return { sql: `SELECT (${expr})::text AS root`, params: this.params.values };
  }

  private fieldInfo(typeName: string, fieldName: string, path: string): FieldInfo {
    const info = this.opts.roleSchema.fieldInfo.get(typeName)?.get(fieldName);
    if (!info) throw new GraphQLRequestError(`field '${fieldName}' not found in type: '${typeName}'`, 'validation-failed', path);
    return info;
  }

  private tableSource(table: ModelTable): FromSource {
    return { sql: qualified(table.schema, table.name), conditions: [] };
  }

  private sessionJson(): string {
    return this.params.add(JSON.stringify(this.opts.session), 'json');
  }

  private functionArgsSql(
    fn: { args: Array<{ name: string | null; castType: string }> },
    inputArgs: ModelFunction['inputArgs'],
    provided: unknown,
    fixed: Map<number, string>,
    path: string,
  ): string {
    if (provided !== undefined && provided !== null && !isRecord(provided)) {
      throw new GraphQLRequestError('expected an object for "args"', 'validation-failed', path);
    }
    const given = isRecord(provided) ? provided : {};
    const allNamed = fn.args.every((a) => a.name);
    const parts: string[] = [];
    fn.args.forEach((arg, index) => {
      const fixedSql = fixed.get(index);
      const input = inputArgs.find((a) => a.index === index);
      let sql: string | null = null;
      if (fixedSql !== undefined) sql = fixedSql;
      else if (input && input.name in given) sql = this.params.add(paramValue(given[input.name], input.scalar.isJson), input.scalar.castType);
      else if (!allNamed) sql = `NULL::${arg.castType}`;
      if (sql === null) return;
      parts.push(allNamed && arg.name ? `${quoteIdent(arg.name)} => ${sql}` : sql);
    });
    return parts.join(', ');
  }

  private functionSource(fn: ModelFunction, provided: unknown, path: string): FromSource {
    const fixed = new Map<number, string>();
    if (fn.sessionArgIndex !== null) fixed.set(fn.sessionArgIndex, this.sessionJson());
    const args = this.functionArgsSql(fn.fn, fn.inputArgs, provided, fixed, path);
    return { sql: `${qualified(fn.fn.schema, fn.fn.name)}(${args})`, conditions: [] };
  }

  private computedCall(cf: ModelComputedField, rowAlias: string, provided: unknown, path: string): string {
    const fixed = new Map<number, string>([[cf.tableArgIndex, rowAlias]]);
    if (cf.sessionArgIndex !== null) fixed.set(cf.sessionArgIndex, this.sessionJson());
    return `${qualified(cf.fn.schema, cf.fn.name)}(${this.functionArgsSql(cf.fn, cf.inputArgs, provided, fixed, path)})`;
  }

  /** WHERE conditions for a select: join conditions, permission filter, user `where`. */
  private conditions(table: ModelTable, alias: string, source: FromSource, where: unknown, path: string): string[] {
    const conds = [...source.conditions];
    const perm = this.boolExp.permission(table, alias);
    if (perm) conds.push(perm);
    if (where !== undefined && where !== null) conds.push(this.boolExp.compile(table, alias, where, 'user', `${path}.args.where`, alias));
    return conds;
  }

  private limitOf(table: ModelTable, requested: unknown, path: string): number | null {
    const permLimit = tablePermission(table, this.opts.roleSchema.role)?.limit ?? null;
    let limit: number | null = null;
    if (requested !== undefined && requested !== null) {
      const n = Number(requested);
      if (!Number.isInteger(n)) throw new GraphQLRequestError('expecting Integer value for "limit"', 'validation-failed', `${path}.args.limit`);
      if (n < 0) throw new GraphQLRequestError('expected a non-negative 32-bit integer for type "Int", but found an integer', 'validation-failed', `${path}.args.limit`);
      limit = n;
    }
    if (permLimit !== null) limit = limit === null ? permLimit : Math.min(limit, permLimit);
    return limit;
  }

  private offsetOf(requested: unknown, path: string): number | null {
    if (requested === undefined || requested === null) return null;
    const n = Number(requested);
    if (!Number.isInteger(n)) throw new GraphQLRequestError('expecting Integer value for "offset"', 'validation-failed', `${path}.args.offset`);
    if (n < 0) throw new GraphQLRequestError('expected a non-negative 32-bit integer for type "Int", but found an integer', 'validation-failed', `${path}.args.offset`);
    return n;
  }

  private orderItems(table: ModelTable, alias: string, orderBy: unknown, path: string): OrderItem[] {
    const items: OrderItem[] = [];
    for (const entry of toList(orderBy)) {
      if (entry === null) continue; // null items are ignored (fixture order_by/articles_order_by_null)
      if (!isRecord(entry)) throw new GraphQLRequestError(`expected an object for type "${table.typeName}_order_by"`, 'validation-failed', `${path}.args.order_by`);
      this.orderEntry(table, alias, entry, items, `${path}.args.order_by`);
    }
    return items;
  }

  private orderEntry(table: ModelTable, alias: string, entry: Record<string, unknown>, out: OrderItem[], path: string, top = true): void {
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
  private innerSelect(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, columns: string[], path: string): { sql: string; order: OrderItem[] } {
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
    if (limit !== null) sql += ` LIMIT ${this.params.add(limit, 'bigint')}`;
    if (offset !== null) sql += ` OFFSET ${this.params.add(offset, 'bigint')}`;
    return { sql, order };
  }

  private outerOrder(order: OrderItem[]): string {
    if (order.length === 0) return '';
    return ` ORDER BY ${order.map((item, i) => `_r."hc_o${i}" ${item.dir}`).join(', ')}`;
  }

  /** `[<t>!]!` : a JSON array of rows. */
  private listQuery(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, selection: SelectionSetNode | undefined, path: string): string {
    const row = this.rowJson(table, alias, selection, path);
    const inner = this.innerSelect(table, alias, source, args, [`${row} AS "hc_j"`], path);
    return `SELECT coalesce(json_agg(_r."hc_j"${this.outerOrder(inner.order)}), '[]') FROM (${inner.sql}) AS _r`;
  }

  /** `<t>_aggregate!` : {aggregate: {...}, nodes: [...]}. Aggregates are computed once in `_a`, then shaped. */
  private aggregateQuery(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, selection: SelectionSetNode | undefined, path: string): string {
    const typeName = `${table.typeName}_aggregate`;
    const items: Array<[string, string]> = [];
    const aggregates: string[] = [];
    const ref = (expr: string): string => {
      aggregates.push(expr);
      return `_a."hc_a${aggregates.length - 1}"`;
    };
    const innerColumns = [`${alias}.*`];
    const nodeColumns: string[] = [];
    if (selection) {
      for (const [key, nodes] of collectFields(selection, typeName, this.opts)) {
        const node = nodes[0];
        if (!node) continue;
        const name = node.name.value;
        const here = `${path}.selectionSet.${name}`;
        if (name === '__typename') {
          items.push([key, `${nameLiteral(typeName)}::text`]);
          continue;
        }
        const info = this.fieldInfo(typeName, name, here);
        if (info.kind === 'aggregate_nodes') {
          const col = `hc_n${nodeColumns.length}`;
          nodeColumns.push(col);
          innerColumns.push(`${this.rowJson(table, alias, mergedSelection(nodes), here)} AS "${col}"`);
          items.push([key, ref(`coalesce(json_agg(_r."${col}"__ORDER__), '[]')`)]);
        } else if (info.kind === 'aggregate_fields') {
          items.push([key, this.aggregateFields(table, mergedSelection(nodes), here, ref)]);
        }
      }
    }
    const inner = this.innerSelect(table, alias, source, args, innerColumns, path);
    const order = this.outerOrder(inner.order);
    if (aggregates.length === 0) aggregates.push('count(*)');
    const computed = aggregates.map((expr, i) => `${expr.replaceAll('__ORDER__', order)} AS "hc_a${i}"`).join(', ');
    return `SELECT ${this.objectSql(items, path)} FROM (SELECT ${computed} FROM (${inner.sql}) AS _r) AS _a`;
  }

  private aggregateFields(table: ModelTable, selection: SelectionSetNode, path: string, ref: (expr: string) => string): string {
    const typeName = `${table.typeName}_aggregate_fields`;
    const items: Array<[string, string]> = [];
    for (const [key, nodes] of collectFields(selection, typeName, this.opts)) {
      const node = nodes[0];
      if (!node) continue;
      const name = node.name.value;
      const here = `${path}.selectionSet.${name}`;
      if (name === '__typename') {
        items.push([key, `${nameLiteral(typeName)}::text`]);
        continue;
      }
      const info = this.fieldInfo(typeName, name, here);
      if (info.kind === 'agg_count') {
        const args = argumentsOf(node, this.opts);
        const cols = toList(args.get('columns')).filter((c): c is string => typeof c === 'string').map((f) => {
          const col = table.columnsByField.get(f);
          if (!col) throw new GraphQLRequestError(`unexpected value "${f}" for enum "${table.typeName}_select_column"`, 'validation-failed', `${here}.args.columns`);
          return `_r.${quoteIdent(col.name)}`;
        });
        const distinct = args.get('distinct') === true ? 'DISTINCT ' : '';
        const target = cols.length === 0 ? (distinct ? null : '*') : cols.length === 1 ? cols[0] : `(${cols.join(', ')})`;
        items.push([key, ref(target === null ? 'count(*)' : `count(${distinct}${target})`)]);
      } else if (info.kind === 'agg_op') {
        const opType = `${table.typeName}_${info.op}_fields`;
        const opItems: Array<[string, string]> = [];
        for (const [colKey, colNodes] of collectFields(mergedSelection(nodes), opType, this.opts)) {
          const colNode = colNodes[0];
          if (!colNode) continue;
          const colName = colNode.name.value;
          if (colName === '__typename') {
            opItems.push([colKey, `${nameLiteral(opType)}::text`]);
            continue;
          }
          const colInfo = this.fieldInfo(opType, colName, `${here}.selectionSet.${colName}`);
          if (colInfo.kind !== 'agg_op_column') continue;
          opItems.push([colKey, ref(this.aggregateValue(info.op, colInfo.column))]);
        }
        items.push([key, this.objectSql(opItems, here)]);
      }
    }
    return this.objectSql(items, path);
  }

  private aggregateValue(op: AggregateOp, column: ModelColumn): string {
    const sql = aggregateSql(op, `_r.${quoteIdent(column.name)}`);
    // sum/max/min keep the column type and so follow the stringify flag; avg & co are Float.
    if ((op === 'sum' || op === 'max' || op === 'min') && column.scalar.isBigNum && this.opts.stringifyNumeric) return `(${sql})::text`;
    return sql;
  }

  /** The JSON object of one row of `table` (aliased `alias`) for a selection set. */
  private rowJson(table: ModelTable, alias: string, selection: SelectionSetNode | undefined, path: string): string {
    if (!selection) return `'{}'::json`;
    const typeName = table.typeName;
    const items: Array<[string, string]> = [];
    for (const [key, nodes] of collectFields(selection, typeName, this.opts)) {
      const node = nodes[0];
      if (!node) continue;
      const name = node.name.value;
      const here = `${path}.selectionSet.${name}`;
      if (name === '__typename') {
        items.push([key, `${nameLiteral(typeName)}::text`]);
        continue;
      }
      const info = this.fieldInfo(typeName, name, here);
      const args = argumentsOf(node, this.opts);
      switch (info.kind) {
        case 'column':
          items.push([key, this.columnValue(`${alias}.${quoteIdent(info.column.name)}`, info.column.scalar, args.get('path'), here)]);
          break;
        case 'computed_scalar':
          if (info.cf.returnScalar) {
            items.push([key, this.columnValue(this.computedCall(info.cf, alias, args.get('args'), `${here}.args.args`), info.cf.returnScalar, args.get('path'), here)]);
          }
          break;
        case 'computed_table': {
          const target = info.cf.returnTable ? this.tables.get(info.cf.returnTable) : undefined;
          if (!target) break;
          const inner = this.params.alias();
          const source: FromSource = { sql: this.computedCall(info.cf, alias, args.get('args'), `${here}.args.args`), conditions: [] };
          items.push([key, `(${this.listQuery(target, inner, source, selectArgs(args), mergedSelection(nodes), here)})`]);
          break;
        }
        case 'relationship':
        case 'relationship_aggregate': {
          const target = this.tables.get(info.rel.target);
          if (!target) break;
          const inner = this.params.alias();
          const source: FromSource = {
            sql: qualified(target.schema, target.name),
            conditions: info.rel.mapping.map(([l, r]) => `${inner}.${quoteIdent(r)} = ${alias}.${quoteIdent(l)}`),
          };
          if (info.kind === 'relationship_aggregate') {
            items.push([key, `(${this.aggregateQuery(target, inner, source, selectArgs(args), mergedSelection(nodes), here)})`]);
          } else if (info.rel.kind === 'array') {
            items.push([key, `(${this.listQuery(target, inner, source, selectArgs(args), mergedSelection(nodes), here)})`]);
          } else {
            const conds = this.conditions(target, inner, source, undefined, here);
            items.push([key, `(SELECT ${this.rowJson(target, inner, mergedSelection(nodes), here)} FROM ${source.sql} AS ${inner} WHERE ${conds.join(' AND ')} LIMIT 1)`]);
          }
          break;
        }
        default:
          throw new GraphQLRequestError(`field '${name}' not found in type: '${typeName}'`, 'validation-failed', here);
      }
    }
    return this.objectSql(items, path);
  }

  /** A JSON object with the given keys in order (row_to_json keeps order, any field count and compact output). */
  private objectSql(items: Array<[string, string]>, path: string): string {
    if (items.length === 0) return `'{}'::json`;
    // Identifiers hold at most 63 bytes; longer response keys fall back to json_build_object.
    if (items.every(([key]) => key.length <= 63)) {
      return `(SELECT row_to_json(_e) FROM (SELECT ${items.map(([key, sql]) => `${sql} AS ${quoteIdent(key)}`).join(', ')}) AS _e)`;
    }
    if (items.length > 50) throw new GraphQLRequestError('too many fields with names longer than 63 characters', 'not-supported', path);
    return `json_build_object(${items.map(([key, sql]) => `${nameLiteral(key)}, ${sql}`).join(', ')})`;
  }

  private columnValue(sql: string, scalar: ScalarInfo, jsonPath: unknown, path: string): string {
    if (scalar.isJson && typeof jsonPath === 'string') {
      return `(${sql} #> ${this.params.add(parseJsonPath(jsonPath, `${path}.args.path`), 'text[]')})`;
    }
    if (scalar.isBigNum && this.opts.stringifyNumeric) return `(${sql})::text`;
    return sql;
  }
}

function aggregateSql(op: string, column: string): string {
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

function selectArgs(args: Map<string, unknown>): SelectArgs {
  return { where: args.get('where'), orderBy: args.get('order_by'), limit: args.get('limit'), offset: args.get('offset'), distinctOn: args.get('distinct_on') };
}

/** Hasura's JSON path argument: `$.a.b[0]`, `a.b`, `["a"]`. */
function parseJsonPath(text: string, path: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  const token = /^(?:\.([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]|([^.[\]]+))/;
  while (rest.length > 0) {
    // `.[0]` and `.["key"]` are accepted like `[0]` and `["key"]`
    if (rest.startsWith('.[')) rest = rest.slice(1);
    const match = token.exec(rest);
    if (!match) throw new GraphQLRequestError(`parsing the path "${text}" failed`, 'validation-failed', path);
    out.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
    rest = rest.slice(match[0].length);
  }
  return out;
}
