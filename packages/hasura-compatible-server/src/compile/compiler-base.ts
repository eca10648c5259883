/**
 * What every part of the SQL compiler shares: parameters, the permission-aware boolean
 * expression compiler, function calls (tracked functions and computed fields), conditions,
 * limit/offset and JSON object construction.
 */
import { isRecord } from '@issuing/kernel';
import { GraphQLRequestError } from '../errors.js';
import type { RequestContext } from '../graphql/collect-fields.js';
import type { RoleSchema } from '../graphql/schema/build-schema.js';
import { tablePermission } from '../graphql/schema/type-registry.js';
import type { FieldInfo } from '../graphql/schema/field-info.js';
import type { ModelComputedField, ModelFunction, ModelTable } from '../model/model.js';
import type { ScalarInfo } from '../model/scalar-info.js';
import { BoolExpCompiler } from './bool-exp.js';
import { parseJsonPath } from './json-path.js';
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

export function toList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A SQL string literal for a GraphQL name (the only text we inline; names match /[_A-Za-z][_0-9A-Za-z]*​/). */
export function nameLiteral(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new GraphQLRequestError(`invalid name "${name}"`, 'validation-failed');
  return `'${name}'`;
}

export interface FromSource {
  /** SQL for the FROM item, without alias. */
  sql: string;
  /** Extra conditions joining it to its parent. */
  conditions: string[];
}

export interface SelectArgs {
  where: unknown;
  orderBy: unknown;
  limit: unknown;
  offset: unknown;
  distinctOn: unknown;
}

export function selectArgs(args: Map<string, unknown>): SelectArgs {
  return { where: args.get('where'), orderBy: args.get('order_by'), limit: args.get('limit'), offset: args.get('offset'), distinctOn: args.get('distinct_on') };
}

export class CompilerBase {
  protected readonly params = new SqlParams();
  protected readonly boolExp: BoolExpCompiler;
  protected readonly tables: Map<string, ModelTable>;

  constructor(protected readonly opts: CompileOptions) {
    this.tables = opts.roleSchema.model.tables;
    this.boolExp = new BoolExpCompiler({
      tables: this.tables,
      params: this.params,
      session: opts.session,
      permissionFilter: (table) => tablePermission(table, opts.roleSchema.role)?.filter ?? null,
      nullCollapse: opts.nullCollapse,
      computedCall: (cf, rowAlias) => this.computedCall(cf, rowAlias, undefined, '$'),
    });
  }

  protected fieldInfo(typeName: string, fieldName: string, path: string): FieldInfo {
    const info = this.opts.roleSchema.fieldInfo.get(typeName)?.get(fieldName);
    if (!info) throw new GraphQLRequestError(`field '${fieldName}' not found in type: '${typeName}'`, 'validation-failed', path);
    return info;
  }

  protected tableSource(table: ModelTable): FromSource {
    return { sql: qualified(table.schema, table.name), conditions: [] };
  }

  protected sessionJson(): string {
    return this.params.add(JSON.stringify(this.opts.session), 'json');
  }

  protected functionArgsSql(
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

  protected functionSource(fn: ModelFunction, provided: unknown, path: string): FromSource {
    const fixed = new Map<number, string>();
    if (fn.sessionArgIndex !== null) fixed.set(fn.sessionArgIndex, this.sessionJson());
    const args = this.functionArgsSql(fn.fn, fn.inputArgs, provided, fixed, path);
    return { sql: `${qualified(fn.fn.schema, fn.fn.name)}(${args})`, conditions: [] };
  }

  protected computedCall(cf: ModelComputedField, rowAlias: string, provided: unknown, path: string): string {
    const fixed = new Map<number, string>([[cf.tableArgIndex, rowAlias]]);
    if (cf.sessionArgIndex !== null) fixed.set(cf.sessionArgIndex, this.sessionJson());
    return `${qualified(cf.fn.schema, cf.fn.name)}(${this.functionArgsSql(cf.fn, cf.inputArgs, provided, fixed, path)})`;
  }

  /** WHERE conditions for a select: join conditions, permission filter, user `where`. */
  protected conditions(table: ModelTable, alias: string, source: FromSource, where: unknown, path: string): string[] {
    const conds = [...source.conditions];
    const perm = this.boolExp.permission(table, alias);
    if (perm) conds.push(perm);
    if (where !== undefined && where !== null) conds.push(this.boolExp.compile(table, alias, where, 'user', `${path}.args.where`, alias));
    return conds;
  }

  protected limitOf(table: ModelTable, requested: unknown, path: string): number | null {
    const permLimit = tablePermission(table, this.opts.roleSchema.role)?.limit ?? null;
    let limit: number | null = null;
    if (requested !== undefined && requested !== null) {
      const n = Number(requested);
      if (!Number.isSafeInteger(n)) throw new GraphQLRequestError('expecting Integer value for "limit"', 'validation-failed', `${path}.args.limit`);
      if (n < 0) throw new GraphQLRequestError('expected a non-negative 32-bit integer for type "Int", but found an integer', 'validation-failed', `${path}.args.limit`);
      limit = n;
    }
    if (permLimit !== null) limit = limit === null ? permLimit : Math.min(limit, permLimit);
    return limit;
  }

  protected offsetOf(requested: unknown, path: string): number | null {
    if (requested === undefined || requested === null) return null;
    const n = Number(requested);
    if (!Number.isSafeInteger(n)) throw new GraphQLRequestError('expecting Integer value for "offset"', 'validation-failed', `${path}.args.offset`);
    if (n < 0) throw new GraphQLRequestError('expected a non-negative 32-bit integer for type "Int", but found an integer', 'validation-failed', `${path}.args.offset`);
    return n;
  }

  /** A JSON object with the given keys in order (row_to_json keeps order, any field count and compact output). */
  protected objectSql(items: Array<[string, string]>, path: string): string {
    if (items.length === 0) return `'{}'::json`;
    // Identifiers hold at most 63 bytes; longer response keys fall back to json_build_object.
    if (items.every(([key]) => key.length <= 63)) {
      return `(SELECT row_to_json(_e) FROM (SELECT ${items.map(([key, sql]) => `${sql} AS ${quoteIdent(key)}`).join(', ')}) AS _e)`;
    }
    if (items.length > 50) throw new GraphQLRequestError('too many fields with names longer than 63 characters', 'not-supported', path);
    return `json_build_object(${items.map(([key, sql]) => `${nameLiteral(key)}, ${sql}`).join(', ')})`;
  }

  protected columnValue(sql: string, scalar: ScalarInfo, jsonPath: unknown, path: string): string {
    if (scalar.isJson && typeof jsonPath === 'string') {
      return `(${sql} #> ${this.params.add(parseJsonPath(jsonPath, `${path}.args.path`), 'text[]')})`;
    }
    if (scalar.isBigNum && this.opts.stringifyNumeric) return `(${sql})::text`;
    return sql;
  }
}
