/** Output types of a role schema: `<t>` (columns, computed fields, relationships) and the aggregate types. */
import { type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap, GraphQLBoolean, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import type { ModelTable } from '../../model/model.js';
import { COMPARABLE_AGG_OPS, NUMERIC_AGG_OPS } from './field-info.js';
import { InputTypes } from './input-types.js';
import { sortKeys } from './type-registry.js';

export class OutputTypes extends InputTypes {
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
            // Hasura v2 names it after the computed field and the table (Schema/Select.hs `functionArgs`),
            // so a function also tracked as a root field keeps its own `<function>_args`.
            const argsType = this.functionArgs(`${cf.name}_${table.typeName}_args`, cf.inputArgs);
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

  protected aggregateFields(table: ModelTable): GraphQLObjectType {
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
          const computed = this.opComputedFields(table, op);
          if (cols.length === 0 && computed.length === 0) continue;
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
                for (const cf of computed) {
                  const scalar = cf.returnScalar;
                  if (!scalar) continue;
                  opFields[cf.name] = { type: op === 'sum' || op === 'max' || op === 'min' ? this.scalar(scalar) : GraphQLFloat, description: cf.comment ?? undefined };
                  this.info(opName, cf.name, { kind: 'agg_op_computed', op, cf });
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
}
