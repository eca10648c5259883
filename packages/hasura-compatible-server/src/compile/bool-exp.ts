/**
 * Compiles Hasura boolean expressions (`where` arguments and permission filters) to SQL.
 * User `where` input is keyed by GraphQL field names; permission filters by column names and
 * may hold session variable names as values.
 */
import { isRecord } from '@issuing/kernel';
import { GraphQLRequestError } from '../errors.js';
import type { ModelComputedField, ModelTable } from '../model/model.js';
import type { ScalarInfo } from '../model/scalar-info.js';
import { type SqlParams, paramValue, qualified, quoteIdent } from './sql-params.js';

export interface BoolExpEnv {
  tables: Map<string, ModelTable>;
  params: SqlParams;
  /** Session variables with lower-case names. */
  session: Record<string, string>;
  /** Permission filter of a table for the current role (null = no access, {} = everything). */
  permissionFilter(table: ModelTable): Record<string, unknown> | null;
  /** With HASURA_GRAPHQL_V1_BOOLEAN_NULL_COLLAPSE: a null operand is no condition. */
  nullCollapse: boolean;
  /** SQL calling a computed field's function on the row `rowAlias` (the session argument filled in). */
  computedCall(cf: ModelComputedField, rowAlias: string): string;
}

export type ExpMode = 'user' | 'permission';

const SESSION_VARIABLE = /^x-hasura-/i;

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function missingSession(name: string): GraphQLRequestError {
  return new GraphQLRequestError(`missing session variables: "${name.toLowerCase()}"`, 'not-found', '$');
}

export class BoolExpCompiler {
  constructor(private readonly env: BoolExpEnv) {}

  /** SQL condition for the table's permission filter for the current role, or null when none is needed. */
  permission(table: ModelTable, alias: string): string | null {
    const filter = this.env.permissionFilter(table);
    if (filter === null) return 'FALSE';
    if (Object.keys(filter).length === 0) return null;
    return this.compile(table, alias, filter, 'permission', '$', alias);
  }

  /** A SQL condition for `exp` over rows of `table` aliased `alias`. */
  compile(table: ModelTable, alias: string, exp: unknown, mode: ExpMode, path: string, rootAlias: string): string {
    if (exp === null || exp === undefined) return 'TRUE';
    if (!isRecord(exp)) throw new GraphQLRequestError(`expected an object for type "${table.typeName}_bool_exp"`, 'validation-failed', path);
    const parts: string[] = [];
    for (const [rawKey, value] of Object.entries(exp)) {
      const key = mode === 'permission' && rawKey.startsWith('$') ? `_${rawKey.slice(1)}` : rawKey;
      const here = `${path}.${rawKey}`;
      if (key === '_and' || key === '_or') {
        if (value === null) {
          if (this.env.nullCollapse) continue;
          throw new GraphQLRequestError('expected a list, but found null', 'validation-failed', here);
        }
        const items = toList(value).map((item, i) => this.compile(table, alias, item, mode, `${here}[${i}]`, rootAlias));
        if (key === '_and') parts.push(items.length === 0 ? 'TRUE' : `(${items.join(' AND ')})`);
        else parts.push(items.length === 0 ? 'FALSE' : `(${items.join(' OR ')})`);
      } else if (key === '_not') {
        if (value === null) {
          if (this.env.nullCollapse) continue;
          throw new GraphQLRequestError(`expected an object for type "${table.typeName}_bool_exp", but found null`, 'validation-failed', here);
        }
        parts.push(`NOT (${this.compile(table, alias, value, mode, here, rootAlias)})`);
      } else if (key === '_exists' && mode === 'permission') {
        parts.push(this.exists(value, here, rootAlias));
      } else {
        parts.push(this.field(table, alias, key, value, mode, here, rootAlias));
      }
    }
    if (parts.length === 0) return 'TRUE';
    return parts.length === 1 ? (parts[0] ?? 'TRUE') : `(${parts.join(' AND ')})`;
  }

  private exists(value: unknown, path: string, rootAlias: string): string {
    if (!isRecord(value)) throw new GraphQLRequestError('_exists needs {_table, _where}', 'validation-failed', path);
    const tableRef = value._table;
    const name = typeof tableRef === 'string' ? { schema: 'public', name: tableRef } : isRecord(tableRef) && typeof tableRef.name === 'string' ? { schema: typeof tableRef.schema === 'string' ? tableRef.schema : 'public', name: tableRef.name } : null;
    const table = name ? this.env.tables.get(`${name.schema}.${name.name}`) : undefined;
    if (!table) throw new GraphQLRequestError('_exists refers to an untracked table', 'validation-failed', path);
    const alias = this.env.params.alias();
    const where = this.compile(table, alias, value._where ?? {}, 'permission', `${path}._where`, rootAlias);
    return `EXISTS (SELECT 1 FROM ${qualified(table.schema, table.name)} AS ${alias} WHERE ${where})`;
  }

  private field(table: ModelTable, alias: string, key: string, value: unknown, mode: ExpMode, path: string, rootAlias: string): string {
    const column = mode === 'user' ? table.columnsByField.get(key) : table.columnsByName.get(key);
    if (column) {
      if (value === null) {
        if (this.env.nullCollapse) return 'TRUE';
        throw new GraphQLRequestError(`expected an object for type "${column.scalar.graphqlName}_comparison_exp", but found null`, 'validation-failed', path);
      }
      const operand = `${alias}.${quoteIdent(column.name)}`;
      // Permission short form: {col: X-Hasura-User-Id} means _eq.
      const ops = mode === 'permission' && !isRecord(value) ? { _eq: value } : value;
      return this.comparisons(operand, column.scalar, ops, mode, path, table, alias, rootAlias);
    }
    const computed = table.computedFields.get(key);
    if (computed) {
      const call = this.env.computedCall(computed, alias);
      if (computed.returnScalar) return this.comparisons(call, computed.returnScalar, value, mode, path, table, alias, rootAlias);
      const target = computed.returnTable ? this.env.tables.get(computed.returnTable) : undefined;
      if (target) {
        const inner = this.env.params.alias();
        const conds = [this.compile(target, inner, value, mode, path, rootAlias)];
        if (mode === 'user') {
          const perm = this.permission(target, inner);
          if (perm) conds.push(perm);
        }
        return `EXISTS (SELECT 1 FROM ${call} AS ${inner} WHERE ${conds.join(' AND ')})`;
      }
    }
    const rel = table.relationships.get(key);
    if (rel) {
      const target = this.env.tables.get(rel.target);
      if (!target) throw new GraphQLRequestError(`relationship "${key}" is not available`, 'validation-failed', path);
      if (value === null) {
        if (this.env.nullCollapse) return 'TRUE';
        throw new GraphQLRequestError(`expected an object for type "${target.typeName}_bool_exp", but found null`, 'validation-failed', path);
      }
      const inner = this.env.params.alias();
      const conds = rel.mapping.map(([local, remote]) => `${inner}.${quoteIdent(remote)} = ${alias}.${quoteIdent(local)}`);
      // Hasura applies the target's permission inside relationship conditions of user input,
      // not inside permission filters themselves.
      if (mode === 'user') {
        const perm = this.permission(target, inner);
        if (perm) conds.push(perm);
      }
      conds.push(this.compile(target, inner, value, mode, path, rootAlias));
      return `EXISTS (SELECT 1 FROM ${qualified(target.schema, target.name)} AS ${inner} WHERE ${conds.join(' AND ')})`;
    }
    const aggregateRel = key.endsWith('_aggregate') ? table.relationships.get(key.slice(0, -'_aggregate'.length)) : undefined;
    if (aggregateRel && aggregateRel.kind === 'array') {
      const target = this.env.tables.get(aggregateRel.target);
      if (target) return this.aggregatePredicate(table, alias, aggregateRel.mapping, target, value, mode, path, rootAlias);
    }
    throw new GraphQLRequestError(`field '${key}' not found in type: '${table.typeName}_bool_exp'`, 'validation-failed', path);
  }

  /** `<rel>_aggregate: {count: {arguments, distinct, filter, predicate}}` over an array relationship. */
  private aggregatePredicate(
    table: ModelTable,
    alias: string,
    mapping: Array<[string, string]>,
    target: ModelTable,
    value: unknown,
    mode: ExpMode,
    path: string,
    rootAlias: string,
  ): string {
    if (!isRecord(value)) throw new GraphQLRequestError(`expected an object for type "${target.typeName}_aggregate_bool_exp"`, 'validation-failed', path);
    const parts: string[] = [];
    for (const [fn, spec] of Object.entries(value)) {
      const here = `${path}.${fn}`;
      if (fn !== 'count') throw new GraphQLRequestError(`field '${fn}' not found in type: '${target.typeName}_aggregate_bool_exp'`, 'validation-failed', here);
      if (!isRecord(spec)) throw new GraphQLRequestError(`expected an object for type "${target.typeName}_aggregate_bool_exp_count"`, 'validation-failed', here);
      const inner = this.env.params.alias();
      const conds = mapping.map(([local, remote]) => `${inner}.${quoteIdent(remote)} = ${alias}.${quoteIdent(local)}`);
      if (mode === 'user') {
        const perm = this.permission(target, inner);
        if (perm) conds.push(perm);
      }
      if (spec.filter !== undefined && spec.filter !== null) conds.push(this.compile(target, inner, spec.filter, mode, `${here}.filter`, rootAlias));
      const columns = toList(spec.arguments ?? []).filter((c): c is string => typeof c === 'string').map((name) => {
        const col = mode === 'user' ? target.columnsByField.get(name) : target.columnsByName.get(name);
        if (!col) throw new GraphQLRequestError(`no such column exists: "${name}"`, 'validation-failed', `${here}.arguments`);
        return `${inner}.${quoteIdent(col.name)}`;
      });
      const distinct = spec.distinct === true ? 'DISTINCT ' : '';
      const counted = columns.length === 0 ? (distinct ? `DISTINCT ${inner}` : '*') : `${distinct}${columns.length === 1 ? columns[0] : `(${columns.join(', ')})`}`;
      const operand = `(SELECT count(${counted}) FROM ${qualified(target.schema, target.name)} AS ${inner} WHERE ${conds.join(' AND ')})`;
      const intScalar: ScalarInfo = { graphqlName: 'Int', castType: 'integer', typname: 'int4', isArray: false, isNumeric: true, isComparable: true, isString: false, isBigNum: false, isJson: false, isJsonb: false };
      parts.push(this.comparisons(operand, intScalar, spec.predicate, mode, `${here}.predicate`, table, alias, rootAlias));
    }
    return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
  }

  private value(raw: unknown, scalar: ScalarInfo, mode: ExpMode, path: string, list = false): string {
    const cast = list ? `${scalar.castType}[]` : scalar.castType;
    if (mode === 'permission' && typeof raw === 'string' && SESSION_VARIABLE.test(raw)) {
      const sessionValue = this.env.session[raw.toLowerCase()];
      if (sessionValue === undefined) throw missingSession(raw);
      return this.env.params.add(sessionValue, cast);
    }
    if (raw === null) throw new GraphQLRequestError(`unexpected null value for type "${scalar.graphqlName}"`, 'validation-failed', path);
    if (list) {
      const items = toList(raw).map((item) => paramValue(item, scalar.isJson));
      return this.env.params.add(items, cast);
    }
    return this.env.params.add(paramValue(raw, scalar.isJson), cast);
  }

  private columnRef(raw: unknown, table: ModelTable, alias: string, rootAlias: string, path: string): string {
    let root = false;
    let name: unknown = raw;
    if (Array.isArray(raw) && raw.length === 2 && raw[0] === '$') {
      root = true;
      name = raw[1];
    }
    if (typeof name !== 'string') throw new GraphQLRequestError('column comparison needs a column name', 'validation-failed', path);
    if (!root && !table.columnsByName.has(name)) throw new GraphQLRequestError(`no such column exists: "${name}"`, 'validation-failed', path);
    return `${root ? rootAlias : alias}.${quoteIdent(name)}`;
  }

  private comparisons(
    operand: string,
    scalar: ScalarInfo,
    ops: unknown,
    mode: ExpMode,
    path: string,
    table: ModelTable,
    alias: string,
    rootAlias: string,
  ): string {
    if (!isRecord(ops)) throw new GraphQLRequestError(`expected an object for type "${scalar.graphqlName}_comparison_exp"`, 'validation-failed', path);
    const parts: string[] = [];
    for (const [rawOp, raw] of Object.entries(ops)) {
      const op = mode === 'permission' && rawOp.startsWith('$') ? `_${rawOp.slice(1)}` : rawOp;
      const here = `${path}.${rawOp}`;
      if (raw === null && this.env.nullCollapse && op !== '_is_null') continue;
      const binary = (sqlOp: string) => `(${operand} ${sqlOp} ${this.value(raw, scalar, mode, here)})`;
      // A pattern is text, whatever the column's length limit (a cast to `name` would cut it at 63
      // bytes); citext keeps its own type so that it matches case-insensitively.
      const pattern = (sqlOp: string) => (scalar.isString && scalar.typname !== 'citext' ? `(${operand} ${sqlOp} ${this.textValue(raw, mode, here)})` : binary(sqlOp));
      const column = (sqlOp: string) => `(${operand} ${sqlOp} ${this.columnRef(raw, table, alias, rootAlias, here)})`;
      switch (op) {
        case '_eq': parts.push(binary('=')); break;
        case '_neq': parts.push(binary('<>')); break;
        case '_gt': parts.push(binary('>')); break;
        case '_gte': parts.push(binary('>=')); break;
        case '_lt': parts.push(binary('<')); break;
        case '_lte': parts.push(binary('<=')); break;
        case '_like': parts.push(pattern('LIKE')); break;
        case '_nlike': parts.push(pattern('NOT LIKE')); break;
        case '_ilike': parts.push(pattern('ILIKE')); break;
        case '_nilike': parts.push(pattern('NOT ILIKE')); break;
        case '_similar': parts.push(pattern('SIMILAR TO')); break;
        case '_nsimilar': parts.push(pattern('NOT SIMILAR TO')); break;
        case '_regex': parts.push(pattern('~')); break;
        case '_nregex': parts.push(pattern('!~')); break;
        case '_iregex': parts.push(pattern('~*')); break;
        case '_niregex': parts.push(pattern('!~*')); break;
        case '_contains': parts.push(binary('@>')); break;
        case '_contained_in': parts.push(binary('<@')); break;
        case '_has_key': parts.push(`(${operand} ? ${this.textValue(raw, mode, here)})`); break;
        case '_has_keys_any': parts.push(`(${operand} ?| ${this.textValue(raw, mode, here, true)})`); break;
        case '_has_keys_all': parts.push(`(${operand} ?& ${this.textValue(raw, mode, here, true)})`); break;
        case '_in': parts.push(`(${operand} = ANY(${this.value(raw, scalar, mode, here, true)}))`); break;
        case '_nin': parts.push(`(${operand} <> ALL(${this.value(raw, scalar, mode, here, true)}))`); break;
        case '_is_null': {
          if (raw === null) throw new GraphQLRequestError('unexpected null value for type "Boolean"', 'validation-failed', here);
          const truthy = raw === true || raw === 'true';
          parts.push(`(${operand} IS ${truthy ? '' : 'NOT '}NULL)`);
          break;
        }
        case '_ceq': parts.push(column('=')); break;
        case '_cne': case '_cneq': parts.push(column('<>')); break;
        case '_cgt': parts.push(column('>')); break;
        case '_cgte': parts.push(column('>=')); break;
        case '_clt': parts.push(column('<')); break;
        case '_clte': parts.push(column('<=')); break;
        default:
          throw new GraphQLRequestError(`field '${rawOp}' not found in type: '${scalar.graphqlName}_comparison_exp'`, 'validation-failed', here);
      }
    }
    if (parts.length === 0) return 'TRUE';
    return parts.length === 1 ? (parts[0] ?? 'TRUE') : `(${parts.join(' AND ')})`;
  }

  private textValue(raw: unknown, mode: ExpMode, path: string, list = false): string {
    const text: ScalarInfo = { graphqlName: 'String', castType: 'text', typname: 'text', isArray: false, isNumeric: false, isComparable: true, isString: true, isBigNum: false, isJson: false, isJsonb: false };
    return this.value(raw, text, mode, path, list);
  }
}

