/**
 * Compiles one root field of a query into exactly one parameterized SQL statement whose single
 * value is the field's JSON, built inside Postgres (json_agg / row_to_json / json_build_object)
 * as Hasura does. The role's permission filter and limit apply at every level.
 */
import type { FieldNode, SelectionSetNode } from 'graphql';
import { GraphQLRequestError } from '../errors.js';
import { type SelectedField, argumentsOf, mergedSelection, selectedFields } from '../graphql/collect-fields.js';
import type { AggregateOp, FieldInfo } from '../graphql/schema/field-info.js';
import type { ModelTable } from '../model/model.js';
import type { ScalarInfo } from '../model/scalar-info.js';
import { type CompiledStatement, type FromSource, type SelectArgs, nameLiteral, selectArgs, toList } from './compiler-base.js';
import { SelectCompiler, aggregateSql } from './order-by.js';
import { streamCursor } from './stream-cursor.js';
import { paramValue, qualified, quoteIdent } from './sql-params.js';

export type { CompiledStatement } from './compiler-base.js';

/** A streaming subscription's statement: returns (root, cursor); `params[cursorParam]` is the cursor. */
export interface CompiledStream extends CompiledStatement {
  cursorParam: number;
}

export class QueryCompiler extends SelectCompiler {
  /** Compiles a root field (fields of query_root, or subscription_root, other than introspection). */
  compileRoot(nodes: FieldNode[], rootType: 'query_root' | 'subscription_root' = 'query_root'): CompiledStatement {
    const node = nodes[0];
    if (!node) throw new GraphQLRequestError('empty selection', 'unexpected');
    const fieldName = node.name.value;
    const info = this.fieldInfo(rootType, fieldName, `$.selectionSet.${fieldName}`);
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
        throw new GraphQLRequestError(`field '${fieldName}' not found in type: '${rootType}'`, 'validation-failed', path);
    }
    return { sql: `SELECT (${expr})::text AS root`, params: this.params.values };
  }

  /**
   * A streaming root field (`<t>_stream`): the next batch after the cursor, in cursor order, and the
   * batch's last cursor value (`cursor`, null when the batch is empty). The cursor travels as
   * parameter `cursorParam`, so the next batch reruns the same SQL with that parameter moved on.
   */
  compileStream(nodes: FieldNode[]): CompiledStream {
    const node = nodes[0];
    if (!node) throw new GraphQLRequestError('empty selection', 'unexpected');
    const path = `$.selectionSet.${node.name.value}`;
    const info = this.fieldInfo('subscription_root', node.name.value, path);
    if (info.kind !== 'root_stream') throw new GraphQLRequestError(`field '${node.name.value}' is not a streaming field`, 'validation-failed', path);
    const args = argumentsOf(node, this.opts);
    const cursor = streamCursor(info.table, args.get('cursor'), path);
    const alias = this.params.alias();
    const column = `${alias}.${quoteIdent(cursor.column.name)}`;
    const cursorSql = this.params.add(paramValue(cursor.value, cursor.column.scalar.isJson), cursor.column.scalar.castType);
    const cursorParam = this.params.values.length - 1;
    const source: FromSource = { sql: qualified(info.table.schema, info.table.name), conditions: [`${column} ${cursor.descending ? '<' : '>'} ${cursorSql}`] };
    const where = args.get('where');
    const batch: SelectArgs = { where, orderBy: { [cursor.column.field]: cursor.descending ? 'desc' : 'asc' }, limit: args.get('batch_size'), offset: undefined, distinctOn: undefined };
    const row = this.rowJson(info.table, alias, mergedSelection(nodes), path);
    const inner = this.innerSelect(info.table, alias, source, batch, [`${row} AS "hc_j"`, `${column} AS "hc_c"`], path);
    const last = `(array_agg(_r."hc_c" ORDER BY _r."hc_c" ${cursor.descending ? 'ASC' : 'DESC'}))[1]`;
    const sql = `SELECT coalesce(json_agg(_r."hc_j"${this.outerOrder(inner.order)}), '[]')::text AS root, ${last}::text AS cursor FROM (${inner.sql}) AS _r`;
    return { sql, params: this.params.values, cursorParam };
  }

  /** `[<t>!]!` : a JSON array of rows. */
  private listQuery(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, selection: SelectionSetNode | undefined, path: string): string {
    const row = this.rowJson(table, alias, selection, path);
    const inner = this.innerSelect(table, alias, source, args, [`${row} AS "hc_j"`], path);
    return `SELECT coalesce(json_agg(_r."hc_j"${this.outerOrder(inner.order)}), '[]') FROM (${inner.sql}) AS _r`;
  }

  /** `<t>_aggregate!` : {aggregate: {...}, nodes: [...]}. Aggregates are computed once in `_a`, then shaped. */
  private aggregateQuery(table: ModelTable, alias: string, source: FromSource, args: SelectArgs, selection: SelectionSetNode | undefined, path: string): string {
    const aggregates: string[] = [];
    const ref = (expr: string): string => {
      aggregates.push(expr);
      return `_a."hc_a${aggregates.length - 1}"`;
    };
    const innerColumns = [`${alias}.*`];
    let nodeColumns = 0;
    const object = this.objectOf(selection, `${table.typeName}_aggregate`, path, (field, info) => {
      if (info.kind === 'aggregate_nodes') {
        const col = `hc_n${nodeColumns}`;
        nodeColumns += 1;
        innerColumns.push(`${this.rowJson(table, alias, field.selection, field.path)} AS "${col}"`);
        return ref(`coalesce(json_agg(_r."${col}"__ORDER__), '[]')`);
      }
      if (info.kind === 'aggregate_fields') {
        // Computed fields are evaluated per row in the inner select, then aggregated like columns.
        const perRow = (sql: string): string => {
          innerColumns.push(`${sql} AS "hc_c${innerColumns.length}"`);
          return `_r."hc_c${innerColumns.length - 1}"`;
        };
        return this.aggregateFields(table, alias, field.selection, field.path, ref, perRow);
      }
      return null;
    });
    const inner = this.innerSelect(table, alias, source, args, innerColumns, path);
    const order = this.outerOrder(inner.order);
    if (aggregates.length === 0) aggregates.push('count(*)');
    const computed = aggregates.map((expr, i) => `${expr.replaceAll('__ORDER__', order)} AS "hc_a${i}"`).join(', ');
    return `SELECT ${object} FROM (SELECT ${computed} FROM (${inner.sql}) AS _r) AS _a`;
  }

  private aggregateFields(
    table: ModelTable,
    alias: string,
    selection: SelectionSetNode | undefined,
    path: string,
    ref: (expr: string) => string,
    perRow: (sql: string) => string,
  ): string {
    return this.objectOf(selection, `${table.typeName}_aggregate_fields`, path, (field, info) => {
      if (info.kind === 'agg_count') {
        const cols = toList(field.args.get('columns')).filter((c): c is string => typeof c === 'string').map((f) => {
          const col = table.columnsByField.get(f);
          if (!col) throw new GraphQLRequestError(`unexpected value "${f}" for enum "${table.typeName}_select_column"`, 'validation-failed', `${field.path}.args.columns`);
          return `_r.${quoteIdent(col.name)}`;
        });
        const distinct = field.args.get('distinct') === true ? 'DISTINCT ' : '';
        const target = cols.length === 0 ? (distinct ? null : '*') : cols.length === 1 ? cols[0] : `(${cols.join(', ')})`;
        return ref(target === null ? 'count(*)' : `count(${distinct}${target})`);
      }
      if (info.kind === 'agg_op') {
        const op = info.op;
        return this.objectOf(field.selection, `${table.typeName}_${op}_fields`, field.path, (_column, columnInfo) => {
          if (columnInfo.kind === 'agg_op_column') return ref(this.aggregateValue(op, `_r.${quoteIdent(columnInfo.column.name)}`, columnInfo.column.scalar));
          if (columnInfo.kind !== 'agg_op_computed' || !columnInfo.cf.returnScalar) return null;
          return ref(this.aggregateValue(op, perRow(this.computedCall(columnInfo.cf, alias, undefined, field.path)), columnInfo.cf.returnScalar));
        });
      }
      return null;
    });
  }

  private aggregateValue(op: AggregateOp, value: string, scalar: ScalarInfo): string {
    const sql = aggregateSql(op, value);
    // sum/max/min keep the column type and so follow the stringify flag; avg & co are Float.
    if ((op === 'sum' || op === 'max' || op === 'min') && scalar.isBigNum && this.opts.stringifyNumeric) return `(${sql})::text`;
    return sql;
  }

  /**
   * The selection loop, written once: the JSON object of a selection set of `typeName`, each
   * field's SQL given by `compileField` (null leaves the field out); `__typename` is the type name.
   */
  private objectOf(
    selection: SelectionSetNode | undefined,
    typeName: string,
    path: string,
    compileField: (field: SelectedField, info: FieldInfo) => string | null,
  ): string {
    if (!selection) return `'{}'::json`;
    const items: Array<[string, string]> = [];
    for (const field of selectedFields(selection, typeName, this.opts, this.opts.roleSchema.fieldInfo, path)) {
      if (field.name === '__typename') {
        items.push([field.key, `${nameLiteral(typeName)}::text`]);
        continue;
      }
      if (!field.info) throw new GraphQLRequestError(`field '${field.name}' not found in type: '${typeName}'`, 'validation-failed', field.path);
      const sql = compileField(field, field.info);
      if (sql !== null) items.push([field.key, sql]);
    }
    return this.objectSql(items, path);
  }

  /** The JSON object of one row of `table` (aliased `alias`) for a selection set. */
  private rowJson(table: ModelTable, alias: string, selection: SelectionSetNode | undefined, path: string): string {
    return this.objectOf(selection, table.typeName, path, (field, info) => {
      const { args, path: here } = field;
      switch (info.kind) {
        case 'column':
          return this.columnValue(`${alias}.${quoteIdent(info.column.name)}`, info.column.scalar, args.get('path'), here);
        case 'computed_scalar':
          if (!info.cf.returnScalar) return null;
          return this.columnValue(this.computedCall(info.cf, alias, args.get('args'), `${here}.args.args`), info.cf.returnScalar, args.get('path'), here);
        case 'computed_table': {
          const target = info.cf.returnTable ? this.tables.get(info.cf.returnTable) : undefined;
          if (!target) return null;
          const inner = this.params.alias();
          const source: FromSource = { sql: this.computedCall(info.cf, alias, args.get('args'), `${here}.args.args`), conditions: [] };
          return `(${this.listQuery(target, inner, source, selectArgs(args), field.selection, here)})`;
        }
        case 'relationship':
        case 'relationship_aggregate': {
          const target = this.tables.get(info.rel.target);
          if (!target) return null;
          const inner = this.params.alias();
          const source: FromSource = {
            sql: qualified(target.schema, target.name),
            conditions: info.rel.mapping.map(([l, r]) => `${inner}.${quoteIdent(r)} = ${alias}.${quoteIdent(l)}`),
          };
          if (info.kind === 'relationship_aggregate') return `(${this.aggregateQuery(target, inner, source, selectArgs(args), field.selection, here)})`;
          if (info.rel.kind === 'array') return `(${this.listQuery(target, inner, source, selectArgs(args), field.selection, here)})`;
          const conds = this.conditions(target, inner, source, undefined, here);
          return `(SELECT ${this.rowJson(target, inner, field.selection, here)} FROM ${source.sql} AS ${inner} WHERE ${conds.join(' AND ')} LIMIT 1)`;
        }
        default:
          throw new GraphQLRequestError(`field '${field.name}' not found in type: '${table.typeName}'`, 'validation-failed', here);
      }
    });
  }
}
