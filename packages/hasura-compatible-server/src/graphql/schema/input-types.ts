/** Input types of a role schema: comparison expressions, `<t>_bool_exp`, `<t>_order_by`, select columns and select arguments. */
import { type GraphQLFieldConfigArgumentMap, type GraphQLInputFieldConfigMap, GraphQLBoolean, GraphQLEnumType, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql';
import type { ModelComputedField, ModelTable } from '../../model/model.js';
import type { ScalarInfo } from '../../model/scalar-info.js';
import { COMPARABLE_AGG_OPS, NUMERIC_AGG_OPS } from './field-info.js';
import { TypeRegistry, sortKeys } from './type-registry.js';

export class InputTypes extends TypeRegistry {
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

  protected aggregateBoolExp(table: ModelTable): GraphQLInputObjectType {
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

  protected aggregateOrderBy(table: ModelTable): GraphQLInputObjectType {
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
  functionArgs(name: string, inputArgs: ModelComputedField['inputArgs']): GraphQLInputObjectType {
    return this.cachedInput(name, '', () =>
      Object.fromEntries(inputArgs.map((a) => [a.name, { type: this.columnInputType(a.scalar) }])),
    );
  }
}
