/**
 * Builds the GraphQL schema Hasura v2 generates for one role: root fields per table and function,
 * `<t>_bool_exp`, `<t>_order_by`, `<t>_select_column`, aggregate types and comparison types
 * (type-registry.ts → input-types.ts → output-types.ts → here).
 */
import { type GraphQLFieldConfig, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap, GraphQLEnumType, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { Model } from '../../model/model.js';
import type { FieldInfo } from './field-info.js';
import { OutputTypes } from './output-types.js';
import { describe, sortKeys } from './type-registry.js';

export interface RoleSchema {
  role: string;
  schema: GraphQLSchema;
  /** typeName → fieldName → what it stands for */
  fieldInfo: Map<string, Map<string, FieldInfo>>;
  model: Model;
}

/** The two read roots: `subscription_root` offers the same fields as `query_root` (live queries). */
export type RootTypeName = 'query_root' | 'subscription_root';

class RoleSchemaBuilder extends OutputTypes {
  /** The root fields of `query_root` or `subscription_root` (trimmed by `query_root_fields` / `subscription_root_fields`). */
  rootFields(rootName: RootTypeName): GraphQLFieldConfigMap<unknown, unknown> {
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
    const add = (fieldName: string, config: GraphQLFieldConfig<unknown, unknown>, info: FieldInfo) => {
      fields[fieldName] = config;
      this.info(rootName, fieldName, info);
    };
    for (const table of this.model.tables.values()) {
      const perm = this.perm(table);
      if (!perm) continue;
      const roots = rootName === 'query_root' ? perm.queryRootFields : perm.subscriptionRootFields;
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
    if (rootName === 'subscription_root') this.streamFields(add);
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
    return fields;
  }

  /** `<t>_stream(batch_size, cursor, where)`: streaming subscriptions over one cursor column (`select_stream`). */
  private streamFields(add: (fieldName: string, config: GraphQLFieldConfig<unknown, unknown>, info: FieldInfo) => void): void {
    for (const table of this.model.tables.values()) {
      const perm = this.perm(table);
      const columns = this.visibleColumns(table);
      if (!perm || columns.length === 0 || (perm.subscriptionRootFields && !perm.subscriptionRootFields.has('select_stream'))) continue;
      const ordering = this.cursorOrdering();
      const value = this.cachedInput(`${table.typeName}_stream_cursor_value_input`, 'Initial value of the column from where the streaming should start', () =>
        sortKeys(Object.fromEntries(columns.map((col) => [col.field, { type: this.columnInputType(col.scalar) }]))),
      );
      const cursor = this.cachedInput(`${table.typeName}_stream_cursor_input`, `Streaming cursor of the table "${table.name}"`, () => ({
        initial_value: { type: new GraphQLNonNull(value), description: 'Stream column input with initial value' },
        ordering: { type: ordering, description: 'cursor ordering' },
      }));
      add(
        `${table.rootNames.select}_stream`,
        {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(this.tableType(table)))),
          args: {
            batch_size: { type: new GraphQLNonNull(GraphQLInt), description: 'maximum number of rows returned in a single batch' },
            cursor: { type: new GraphQLNonNull(new GraphQLList(cursor)), description: 'cursor to stream the results returned by the query' },
            where: { type: this.boolExp(table), description: 'filter the rows returned' },
          },
          description: `fetch data from the table in a streaming manner: "${table.name}"`,
        },
        { kind: 'root_stream', table },
      );
    }
  }

  private cursorOrdering(): GraphQLEnumType {
    let ordering = this.enums.get('cursor_ordering');
    if (!ordering) {
      ordering = new GraphQLEnumType({ name: 'cursor_ordering', description: 'ordering argument of a cursor', values: { ASC: { description: 'ascending ordering of the cursor' }, DESC: { description: 'descending ordering of the cursor' } } });
      this.enums.set('cursor_ordering', ordering);
    }
    return ordering;
  }
}

/** Builds the schema of one role (admin sees everything). */
export function buildRoleSchema(model: Model, role: string): RoleSchema {
  const builder = new RoleSchemaBuilder(model, role);
  const queryFields = builder.rootFields('query_root');
  if (Object.keys(queryFields).length === 0) {
    // GraphQL needs at least one field; Hasura exposes a placeholder for an empty schema.
    queryFields.no_queries_available = { type: new GraphQLNonNull(GraphQLString) };
  }
  const query = new GraphQLObjectType({ name: 'query_root', fields: sortKeys(queryFields) });
  const subscriptionFields = builder.rootFields('subscription_root');
  const subscription = Object.keys(subscriptionFields).length > 0 ? new GraphQLObjectType({ name: 'subscription_root', fields: sortKeys(subscriptionFields) }) : undefined;
  const schema = new GraphQLSchema({ query, subscription });
  // Force every lazy field map so fieldInfo is complete before the first request.
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) type.getFields();
  }
  return { role, schema, fieldInfo: builder.fieldInfo, model };
}
