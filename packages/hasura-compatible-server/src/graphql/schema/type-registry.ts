/**
 * The shared part of building one role's GraphQL schema: the role's view of the model (permitted
 * tables, columns, computed fields), Hasura's scalars, and caches so each named type is built once.
 */
import { type GraphQLInputFieldConfigMap, type GraphQLInputType, type GraphQLOutputType, GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLString, Kind, type ValueNode, valueFromASTUntyped } from 'graphql';
import type { ModelColumn, ModelComputedField, ModelTable, RolePermission } from '../../model/model.js';
import type { Model } from '../../model/model.js';
import type { ScalarInfo } from '../../model/scalar-info.js';
import { type AggregateOp, type FieldInfo, NUMERIC_AGG_OPS } from './field-info.js';

const ADMIN_ROLE = 'admin';

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
      subscriptionRootFields: null,
    };
  }
  return table.permissions.get(role) ?? null;
}

/** A metadata comment wins over the generated description; an empty comment means none. */
export function describe(comment: string | undefined, generated: string): string | undefined {
  if (comment === undefined) return generated;
  return comment === '' ? undefined : comment;
}

export function sortKeys<T>(fields: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class TypeRegistry {
  readonly fieldInfo = new Map<string, Map<string, FieldInfo>>();
  protected readonly scalars = new Map<string, GraphQLScalarType>();
  protected readonly objects = new Map<string, GraphQLObjectType>();
  protected readonly inputs = new Map<string, GraphQLInputObjectType>();
  protected readonly enums = new Map<string, GraphQLEnumType>();
  protected readonly orderByEnum: GraphQLEnumType;

  constructor(
    protected readonly model: Model,
    protected readonly role: string,
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

  protected info(typeName: string, fieldName: string, info: FieldInfo): void {
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

  protected target(key: string): ModelTable | null {
    const table = this.model.tables.get(key);
    return table && this.perm(table) ? table : null;
  }

  protected visibleComputed(table: ModelTable): ModelComputedField[] {
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

  protected columnOutputType(info: ScalarInfo, nullable: boolean): GraphQLOutputType {
    const base = info.isArray ? new GraphQLList(new GraphQLNonNull(this.scalar(info))) : this.scalar(info);
    return nullable ? base : new GraphQLNonNull(base);
  }

  protected columnInputType(info: ScalarInfo): GraphQLInputType {
    return info.isArray ? new GraphQLList(new GraphQLNonNull(this.scalar(info))) : this.scalar(info);
  }

  protected cachedInput(name: string, description: string, fields: () => GraphQLInputFieldConfigMap): GraphQLInputObjectType {
    const existing = this.inputs.get(name);
    if (existing) return existing;
    const type = new GraphQLInputObjectType({ name, description, fields });
    this.inputs.set(name, type);
    return type;
  }
  protected opColumns(table: ModelTable, op: AggregateOp): ModelColumn[] {
    const numeric = NUMERIC_AGG_OPS.includes(op);
    return this.visibleColumns(table).filter((c) => (numeric ? c.scalar.isNumeric : c.scalar.isComparable));
  }

  /** Scalar computed fields without arguments the role may read, aggregated like columns (Hasura v2.27+). */
  protected opComputedFields(table: ModelTable, op: AggregateOp): ModelComputedField[] {
    const numeric = NUMERIC_AGG_OPS.includes(op);
    return this.visibleComputed(table).filter((cf) => cf.inputArgs.length === 0 && cf.returnScalar !== null && (numeric ? cf.returnScalar.isNumeric : cf.returnScalar.isComparable));
  }
}
