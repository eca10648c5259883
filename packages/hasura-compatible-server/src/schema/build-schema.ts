/**
 * Builds the GraphQL schema Hasura v2 generates for one role: root fields per table and function,
 * `<t>_bool_exp`, `<t>_order_by`, `<t>_select_column`, aggregate types and comparison types.
 */
import {
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLOutputType,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { type AggregateOp, COMPARABLE_AGG_OPS, type FieldInfo, NUMERIC_AGG_OPS } from './field-info.js';
import type { Model, ModelColumn, ModelComputedField, ModelTable, RolePermission } from './model.js';
import type { ScalarInfo } from './scalar-info.js';

export const ADMIN_ROLE = 'admin';

export interface RoleSchema {
  role: string;
  schema: GraphQLSchema;
  /** typeName → fieldName → what it stands for */
  fieldInfo: Map<string, Map<string, FieldInfo>>;
  model: Model;
}

/** Input literals of Hasura's custom scalars are kept as written (strings for numbers, so no precision loss). */
function parseCustomLiteral(name: string, isJson: boolean) {
  return (node: ValueNode, variables?: { [key: string]: unknown } | null): unknown => {
    if (isJson) return valueFromASTUntyped(node, variables ?? undefined);
    switch (node.kind) {
      case Kind.INT:
      case Kind.FLOAT:
      case Kind.STRING:
        return node.value;
      case Kind.BOOLEAN:
        return node.value;
      case Kind.ENUM:
        return node.value;
      default:
        throw new TypeError(`unexpected value for type "${name}"`);
    }
  };
}

/** True when the role sees the table at all. */
export function tablePermission(table: ModelTable, role: string): RolePermission | null {
  if (role === ADMIN_ROLE) {
    return {
      columns: new Set(table.columns.map((c) => c.name)),
      filter: {},
      limit: null,
      allowAggregations: true,
      computedFields: new Set(table.computedFields.keys()),
      queryRootFields: null,
    };
  }
  return table.permissions.get(role) ?? null;
}

class Builder {
  readonly fieldInfo = new Map<string, Map<string, FieldInfo>>();
  private readonly scalars = new Map<string, GraphQLScalarType>();
  private readonly objects = new Map<string, GraphQLObjectType>();
  private readonly inputs = new Map<string, GraphQLInputObjectType>();
  private readonly enums = new Map<string, GraphQLEnumType>();
  private readonly orderByEnum: GraphQLEnumType;

  constructor(
    private readonly model: Model,
    private readonly role: string,
  ) {
    this.orderByEnum = new GraphQLEnumType({
      name: 'order_by',
      description: 'column ordering options',
      values: {
        asc: { description: 'in ascending order, nulls last' },
        asc_nulls_first: { description: 'in ascending order, nulls first' },
        asc_nulls_last: { description: 'in ascending order, nulls last' },
        desc: { description: 'in descending order, nulls first' },
        desc_nulls_first: { description: 'in descending order, nulls first' },
        desc_nulls_last: { description: 'in descending order, nulls last' },
      },
    });
  }

  private info(typeName: string, fieldName: string, info: FieldInfo): void {
    let fields = this.fieldInfo.get(typeName);
    if (!fields) {
      fields = new Map();
      this.fieldInfo.set(typeName, fields);
    }
    fields.set(fieldName, info);
  }

  perm(table: ModelTable): RolePermission | null {
    return tablePermission(table, this.role);
  }

  visibleColumns(table: ModelTable): ModelColumn[] {
    const perm = this.perm(table);
    if (!perm) return [];
    return table.columns.filter((c) => perm.columns.has(c.name));
  }

  private target(key: string): ModelTable | null {
    const table = this.model.tables.get(key);
    return table && this.perm(table) ? table : null;
  }

  private visibleComputed(table: ModelTable): ModelComputedField[] {
    const perm = this.perm(table);
    if (!perm) return [];
    return [...table.computedFields.values()].filter((cf) =>
      cf.returnTable ? this.target(cf.returnTable) !== null : perm.computedFields.has(cf.name),
    );
  }

  scalar(info: ScalarInfo): GraphQLScalarType {
    switch (info.graphqlName) {
      case 'Int':
        return GraphQLInt;
      case 'Float':
        return GraphQLFloat;
      case 'String':
        return GraphQLString;
      case 'Boolean':
        return GraphQLBoolean;
    }
    let scalar = this.scalars.get(info.graphqlName);
    if (!scalar) {
      scalar = new GraphQLScalarType({
        name: info.graphqlName,
        parseValue: (value) => value,
        parseLiteral: parseCustomLiteral(info.graphqlName, info.isJson),
      });
      this.scalars.set(info.graphqlName, scalar);
    }
    return scalar;
  }

  private columnOutputType(info: ScalarInfo, nullable: boolean): GraphQLOutputType {
    const base = info.isArray ? new GraphQLList(new GraphQLNonNull(this.scalar(info))) : this.scalar(info);
    return nullable ? base : new GraphQLNonNull(base);
  }

  private columnInputType(info: ScalarInfo): GraphQLInputType {
    return info.isArray ? new GraphQLList(new GraphQLNonNull(this.scalar(info))) : this.scalar(info);
  }

  comparisonExp(info: ScalarInfo): GraphQLInputObjectType {
    const name = info.isArray ? `${info.graphqlName}_array_comparison_exp` : `${info.graphqlName}_comparison_exp`;
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const value = this.columnInputType(info);
    const list = new GraphQLList(new GraphQLNonNull(value));
    const fields: GraphQLInputFieldConfigMap = {};
    if (info.isArray) {
      Object.assign(fields, {
        _contained_in: { type: value, description: 'is the array contained in the given array value' },
        _contains: { type: value, description: 'does the array contain the given value' },
      });
    }
    if (info.isJsonb) {
      Object.assign(fields, {
        _contained_in: { type: value, description: 'is the column contained in the given json value' },
        _contains: { type: value, description: 'does the column contain the given json value at the top level' },
      });
    }
    Object.assign(fields, {
      _eq: { type: value },
      _gt: { type: value },
      _gte: { type: value },
    });
    if (info.isJsonb) {
      Object.assign(fields, {
        _has_key: { type: GraphQLString, description: 'does the string exist as a top-level key in the column' },
        _has_keys_all: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)), description: 'do all of these strings exist as top-level keys in the column' },
        _has_keys_any: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)), description: 'do any of these strings exist as top-level keys in the column' },
      });
    }
    if (info.isString) fields._ilike = { type: value, description: 'does the column match the given case-insensitive pattern' };
    fields._in = { type: list };
    if (info.isString) fields._iregex = { type: value, description: 'does the column match the given POSIX regular expression, case insensitive' };
    fields._is_null = { type: GraphQLBoolean };
    if (info.isString) fields._like = { type: value, description: 'does the column match the given pattern' };
    Object.assign(fields, { _lt: { type: value }, _lte: { type: value }, _neq: { type: value } });
    if (info.isString) {
      Object.assign(fields, {
        _nilike: { type: value, description: 'does the column NOT match the given case-insensitive pattern' },
      });
    }
    fields._nin = { type: list };
    if (info.isString) {
      Object.assign(fields, {
        _niregex: { type: value, description: 'does the column NOT match the given POSIX regular expression, case insensitive' },
        _nlike: { type: value, description: 'does the column NOT match the given pattern' },
        _nregex: { type: value, description: 'does the column NOT match the given POSIX regular expression, case sensitive' },
        _nsimilar: { type: value, description: 'does the column NOT match the given SQL regular expression' },
        _regex: { type: value, description: 'does the column match the given POSIX regular expression, case sensitive' },
        _similar: { type: value, description: 'does the column match the given SQL regular expression' },
      });
    }
    const type = new GraphQLInputObjectType({
      name,
      description: `Boolean expression to compare columns of type "${info.graphqlName}". All fields are combined with logical 'AND'.`,
      fields,
    });
    this.inputs.set(name, type);
    return type;
  }

  boolExp(table: ModelTable): GraphQLInputObjectType {
    const name = `${table.typeName}_bool_exp`;
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const type: GraphQLInputObjectType = new GraphQLInputObjectType({
      name,
      description: `Boolean expression to filter rows from the table "${table.name}". All fields are combined with a logical 'AND'.`,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {
          _and: { type: new GraphQLList(new GraphQLNonNull(type)) },
          _not: { type },
          _or: { type: new GraphQLList(new GraphQLNonNull(type)) },
        };
        for (const col of this.visibleColumns(table)) fields[col.field] = { type: this.comparisonExp(col.scalar) };
        for (const cf of this.visibleComputed(table)) {
          if (cf.returnScalar && cf.inputArgs.length === 0) fields[cf.name] = { type: this.comparisonExp(cf.returnScalar) };
          else if (cf.returnTable) {
            const target = this.target(cf.returnTable);
            if (target && cf.inputArgs.length === 0) fields[cf.name] = { type: this.boolExp(target) };
          }
        }
        for (const rel of table.relationships.values()) {
          const target = this.target(rel.target);
          if (!target) continue;
          fields[rel.name] = { type: this.boolExp(target) };
          if (rel.kind === 'array' && this.perm(target)?.allowAggregations) fields[`${rel.name}_aggregate`] = { type: this.aggregateBoolExp(target) };
        }
        return sortKeys(fields);
      },
    });
    this.inputs.set(name, type);
    return type;
  }

  private aggregateBoolExp(table: ModelTable): GraphQLInputObjectType {
    const countType = this.cachedInput(`${table.typeName}_aggregate_bool_exp_count`, '', () => {
      const fields: GraphQLInputFieldConfigMap = {};
      if (this.visibleColumns(table).length > 0) fields.arguments = { type: new GraphQLList(new GraphQLNonNull(this.selectColumn(table))) };
      fields.distinct = { type: GraphQLBoolean };
      fields.filter = { type: this.boolExp(table) };
      fields.predicate = { type: new GraphQLNonNull(this.comparisonExp({ graphqlName: 'Int', castType: 'integer', typname: 'int4', isArray: false, isNumeric: true, isComparable: true, isString: false, isBigNum: false, isJson: false, isJsonb: false })) };
      return fields;
    });
    return this.cachedInput(`${table.typeName}_aggregate_bool_exp`, '', () => ({ count: { type: countType } }));
  }

  orderBy(table: ModelTable): GraphQLInputObjectType {
    const name = `${table.typeName}_order_by`;
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const type = new GraphQLInputObjectType({
      name,
      description: `Ordering options when selecting data from "${table.name}".`,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const col of this.visibleColumns(table)) fields[col.field] = { type: this.orderByEnum };
        for (const cf of this.visibleComputed(table)) {
          if (cf.inputArgs.length > 0) continue;
          if (cf.returnScalar) fields[cf.name] = { type: this.orderByEnum };
          const target = cf.returnTable ? this.target(cf.returnTable) : null;
          if (target && this.perm(target)?.allowAggregations) fields[`${cf.name}_aggregate`] = { type: this.aggregateOrderBy(target) };
        }
        for (const rel of table.relationships.values()) {
          const target = this.target(rel.target);
          if (!target) continue;
          if (rel.kind === 'object') fields[rel.name] = { type: this.orderBy(target) };
          else if (this.perm(target)?.allowAggregations) fields[`${rel.name}_aggregate`] = { type: this.aggregateOrderBy(target) };
        }
        return sortKeys(fields);
      },
    });
    this.inputs.set(name, type);
    return type;
  }

  private aggregateOrderBy(table: ModelTable): GraphQLInputObjectType {
    const name = `${table.typeName}_aggregate_order_by`;
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const type = new GraphQLInputObjectType({
      name,
      description: `order by aggregate values of table "${table.name}"`,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = { count: { type: this.orderByEnum } };
        for (const op of [...NUMERIC_AGG_OPS, ...COMPARABLE_AGG_OPS]) {
          const cols = this.opColumns(table, op);
          if (cols.length === 0) continue;
          fields[op] = {
            type: this.cachedInput(`${table.typeName}_${op}_order_by`, `order by ${op}() on columns of table "${table.name}"`, () =>
              Object.fromEntries(cols.map((c) => [c.field, { type: this.orderByEnum }])),
            ),
          };
        }
        return sortKeys(fields);
      },
    });
    this.inputs.set(name, type);
    return type;
  }

  private cachedInput(name: string, description: string, fields: () => GraphQLInputFieldConfigMap): GraphQLInputObjectType {
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const type = new GraphQLInputObjectType({ name, description, fields });
    this.inputs.set(name, type);
    return type;
  }

  selectColumn(table: ModelTable): GraphQLEnumType {
    const name = `${table.typeName}_select_column`;
    const existing = this.enums.get(name);
    if (existing) return existing;
    const values: Record<string, { description: string; value: string }> = {};
    for (const col of this.visibleColumns(table)) values[col.field] = { description: 'column name', value: col.field };
    const type = new GraphQLEnumType({ name, description: `select columns of table "${table.name}"`, values });
    this.enums.set(name, type);
    return type;
  }

  private opColumns(table: ModelTable, op: AggregateOp): ModelColumn[] {
    const numeric = NUMERIC_AGG_OPS.includes(op);
    return this.visibleColumns(table).filter((c) => (numeric ? c.scalar.isNumeric : c.scalar.isComparable));
  }

  selectArgs(table: ModelTable): GraphQLFieldConfigArgumentMap {
    const args: GraphQLFieldConfigArgumentMap = {};
    if (this.visibleColumns(table).length > 0) {
      args.distinct_on = { type: new GraphQLList(new GraphQLNonNull(this.selectColumn(table))), description: 'distinct select on columns' };
    }
    args.limit = { type: GraphQLInt, description: 'limit the number of rows returned' };
    args.offset = { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' };
    args.order_by = { type: new GraphQLList(new GraphQLNonNull(this.orderBy(table))), description: 'sort the rows by one or more columns' };
    args.where = { type: this.boolExp(table), description: 'filter the rows returned' };
    return args;
  }

  tableType(table: ModelTable): GraphQLObjectType {
    const name = table.typeName;
    const existing = this.objects.get(name);
    if (existing) return existing;
    const type = new GraphQLObjectType({
      name,
      description: table.comment ?? `columns and relationships of "${table.name}"`, // configuration.comment, else the DB comment
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
        for (const col of this.visibleColumns(table)) {
          fields[col.field] = {
            type: this.columnOutputType(col.scalar, col.db.nullable),
            description: col.comment ?? undefined,
            ...(col.scalar.isJson ? { args: { path: { type: GraphQLString, description: 'JSON select path' } } } : {}),
          };
          this.info(name, col.field, { kind: 'column', table, column: col });
        }
        for (const cf of this.visibleComputed(table)) {
          const args: GraphQLFieldConfigArgumentMap = {};
          if (cf.inputArgs.length > 0) {
            const required = cf.inputArgs.some((a) => !a.arg.hasDefault);
            const argsType = this.functionArgs(`${cf.fn.name}_args`, cf.inputArgs);
            args.args = { type: required ? new GraphQLNonNull(argsType) : argsType, description: `input parameters for computed field "${cf.name}" defined on table "${table.name}"` };
          }
          if (cf.returnScalar) {
            if (cf.returnScalar.isJson) args.path = { type: GraphQLString, description: 'JSON select path' };
            fields[cf.name] = { type: this.columnOutputType(cf.returnScalar, true), args, description: cf.comment ?? undefined };
            this.info(name, cf.name, { kind: 'computed_scalar', table, cf });
          } else if (cf.returnTable) {
            const target = this.target(cf.returnTable);
            if (!target) continue;
            fields[cf.name] = {
              type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(target)))),
              args: { ...args, ...this.selectArgs(target) },
              description: cf.comment ?? undefined,
            };
            this.info(name, cf.name, { kind: 'computed_table', table, cf });
          }
        }
        for (const rel of table.relationships.values()) {
          const target = this.target(rel.target);
          if (!target) continue;
          if (rel.kind === 'object') {
            const type = this.tableType(target);
            fields[rel.name] = { type: rel.nonNull ? new GraphQLNonNull(type) : type, description: rel.comment ?? 'An object relationship' };
            this.info(name, rel.name, { kind: 'relationship', table, rel });
          } else {
            fields[rel.name] = {
              type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(target)))),
              args: this.selectArgs(target),
              description: rel.comment ?? 'An array relationship',
            };
            this.info(name, rel.name, { kind: 'relationship', table, rel });
            if (this.perm(target)?.allowAggregations) {
              fields[`${rel.name}_aggregate`] = {
                type: new GraphQLNonNull(this.aggregateType(target)),
                args: this.selectArgs(target),
                description: 'An aggregate relationship',
              };
              this.info(name, `${rel.name}_aggregate`, { kind: 'relationship_aggregate', table, rel });
            }
          }
        }
        return sortKeys(fields);
      },
    });
    this.objects.set(name, type);
    return type;
  }

  functionArgs(name: string, inputArgs: ModelComputedField['inputArgs']): GraphQLInputObjectType {
    return this.cachedInput(name, '', () =>
      Object.fromEntries(inputArgs.map((a) => [a.name, { type: this.columnInputType(a.scalar) }])),
    );
  }

  aggregateType(table: ModelTable): GraphQLObjectType {
    const name = `${table.typeName}_aggregate`;
    const existing = this.objects.get(name);
    if (existing) return existing;
    const type = new GraphQLObjectType({
      name,
      description: `aggregated selection of "${table.name}"`,
      fields: () => {
        this.info(name, 'aggregate', { kind: 'aggregate_fields' });
        this.info(name, 'nodes', { kind: 'aggregate_nodes' });
        return {
          aggregate: { type: this.aggregateFields(table) },
          nodes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(table)))) },
        };
      },
    });
    this.objects.set(name, type);
    return type;
  }

  private aggregateFields(table: ModelTable): GraphQLObjectType {
    const name = `${table.typeName}_aggregate_fields`;
    const existing = this.objects.get(name);
    if (existing) return existing;
    const type = new GraphQLObjectType({
      name,
      description: `aggregate fields of "${table.name}"`,
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
        const columns = this.visibleColumns(table);
        fields.count = {
          type: new GraphQLNonNull(GraphQLInt),
          args: {
            ...(columns.length > 0 ? { columns: { type: new GraphQLList(new GraphQLNonNull(this.selectColumn(table))) } } : {}),
            distinct: { type: GraphQLBoolean },
          },
        };
        this.info(name, 'count', { kind: 'agg_count' });
        for (const op of [...NUMERIC_AGG_OPS, ...COMPARABLE_AGG_OPS]) {
          const cols = this.opColumns(table, op);
          if (cols.length === 0) continue;
          const opName = `${table.typeName}_${op}_fields`;
          let opType = this.objects.get(opName);
          if (!opType) {
            opType = new GraphQLObjectType({
              name: opName,
              description: `aggregate ${op} on columns`,
              fields: () => {
                const opFields: GraphQLFieldConfigMap<unknown, unknown> = {};
                for (const col of cols) {
                  // sum/max/min keep the column type; avg/stddev/variance are Float (Select.hs mkNumericAggFields)
                  const out = op === 'sum' || op === 'max' || op === 'min' ? this.scalar(col.scalar) : GraphQLFloat;
                  opFields[col.field] = { type: out };
                  this.info(opName, col.field, { kind: 'agg_op_column', op, column: col });
                }
                return opFields;
              },
            });
            this.objects.set(opName, opType);
          }
          fields[op] = { type: opType };
          this.info(name, op, { kind: 'agg_op', op });
        }
        return sortKeys(fields);
      },
    });
    this.objects.set(name, type);
    return type;
  }

  queryRoot(): GraphQLObjectType {
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
    const add = (fieldName: string, config: GraphQLFieldConfig<unknown, unknown>, info: FieldInfo) => {
      fields[fieldName] = config;
      this.info('query_root', fieldName, info);
    };
    for (const table of this.model.tables.values()) {
      const perm = this.perm(table);
      if (!perm) continue;
      const roots = perm.queryRootFields;
      const list = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(table))));
      if (!roots || roots.has('select')) {
        add(table.rootNames.select, { type: list, args: this.selectArgs(table), description: describe(table.rootComments.select, `fetch data from the table: "${table.name}"`) }, { kind: 'root_select', table });
      }
      if (perm.allowAggregations && (!roots || roots.has('select_aggregate'))) {
        add(
          table.rootNames.selectAggregate,
          { type: new GraphQLNonNull(this.aggregateType(table)), args: this.selectArgs(table), description: describe(table.rootComments.selectAggregate, `fetch aggregated fields from the table: "${table.name}"`) },
          { kind: 'root_aggregate', table },
        );
      }
      const pk = table.primaryKey.map((n) => table.columnsByName.get(n));
      if (pk.length > 0 && pk.every((c) => c && perm.columns.has(c.name)) && (!roots || roots.has('select_by_pk'))) {
        const args: GraphQLFieldConfigArgumentMap = {};
        for (const col of pk) if (col) args[col.field] = { type: new GraphQLNonNull(this.columnInputType(col.scalar)) };
        add(
          table.rootNames.selectByPk,
          { type: this.tableType(table), args, description: describe(table.rootComments.selectByPk, `fetch data from the table: "${table.name}" using primary key columns`) },
          { kind: 'root_by_pk', table },
        );
      }
    }
    for (const fn of this.model.functions.values()) {
      const table = this.model.tables.get(fn.returnTable);
      if (!table) continue;
      const perm = this.perm(table);
      if (!perm) continue;
      const args: GraphQLFieldConfigArgumentMap = {};
      if (fn.inputArgs.length > 0) {
        const required = fn.inputArgs.some((a) => !a.arg.hasDefault);
        const argsType = this.functionArgs(`${fn.argsTypeName}_args`, fn.inputArgs);
        args.args = { type: required ? new GraphQLNonNull(argsType) : argsType, description: `input parameters for function "${fn.rootName}"` };
      }
      Object.assign(args, this.selectArgs(table));
      add(
        fn.rootName,
        { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(table)))), args, description: fn.comment ?? `execute function "${fn.fn.name}" which returns "${table.name}"` },
        { kind: 'root_function', fn, table },
      );
      if (perm.allowAggregations) {
        add(
          fn.aggregateRootName,
          { type: new GraphQLNonNull(this.aggregateType(table)), args, description: `execute function "${fn.fn.name}" and query aggregates on result of table type "${table.name}"` },
          { kind: 'root_function_aggregate', fn, table },
        );
      }
    }
    if (Object.keys(fields).length === 0) {
      // GraphQL needs at least one field; Hasura exposes a placeholder for an empty schema.
      fields.no_queries_available = { type: new GraphQLNonNull(GraphQLString) };
    }
    return new GraphQLObjectType({ name: 'query_root', fields: sortKeys(fields) });
  }
}

/** A metadata comment wins over the generated description; an empty comment means none. */
function describe(comment: string | undefined, generated: string): string | undefined {
  if (comment === undefined) return generated;
  return comment === '' ? undefined : comment;
}

function sortKeys<T>(fields: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the schema of one role (admin sees everything). */
export function buildRoleSchema(model: Model, role: string): RoleSchema {
  const builder = new Builder(model, role);
  const query = builder.queryRoot();
  const schema = new GraphQLSchema({ query });
  // Force every lazy field map so fieldInfo is complete before the first request.
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) type.getFields();
  }
  return { role, schema, fieldInfo: builder.fieldInfo, model };
}


