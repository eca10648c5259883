/** What a GraphQL field of a generated schema stands for; the SQL compiler reads this. */
import type { ModelComputedField, ModelColumn, ModelFunction, ModelRelationship, ModelTable } from '../../model/model.js';

export type AggregateOp = 'sum' | 'avg' | 'max' | 'min' | 'stddev' | 'stddev_pop' | 'stddev_samp' | 'var_pop' | 'var_samp' | 'variance';

export const NUMERIC_AGG_OPS: AggregateOp[] = ['avg', 'stddev', 'stddev_pop', 'stddev_samp', 'sum', 'var_pop', 'var_samp', 'variance'];
export const COMPARABLE_AGG_OPS: AggregateOp[] = ['max', 'min'];

export type FieldInfo =
  | { kind: 'column'; table: ModelTable; column: ModelColumn }
  | { kind: 'relationship'; table: ModelTable; rel: ModelRelationship }
  | { kind: 'relationship_aggregate'; table: ModelTable; rel: ModelRelationship }
  | { kind: 'computed_scalar'; table: ModelTable; cf: ModelComputedField }
  | { kind: 'computed_table'; table: ModelTable; cf: ModelComputedField }
  | { kind: 'root_select'; table: ModelTable }
  | { kind: 'root_by_pk'; table: ModelTable }
  | { kind: 'root_aggregate'; table: ModelTable }
  | { kind: 'root_stream'; table: ModelTable }
  | { kind: 'root_function'; fn: ModelFunction; table: ModelTable }
  | { kind: 'root_function_aggregate'; fn: ModelFunction; table: ModelTable }
  | { kind: 'aggregate_fields' }
  | { kind: 'aggregate_nodes' }
  | { kind: 'agg_count' }
  | { kind: 'agg_op'; op: AggregateOp }
  | { kind: 'agg_op_column'; op: AggregateOp; column: ModelColumn }
  | { kind: 'agg_op_computed'; op: AggregateOp; cf: ModelComputedField };
