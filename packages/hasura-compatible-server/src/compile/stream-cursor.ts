/** The `cursor` argument of `<t>_stream`: exactly one cursor input naming exactly one column (Hasura's rules and messages). */
import { GraphQLRequestError } from '../errors.js';
import type { ModelColumn, ModelTable } from '../model/model.js';
import { isRecord } from '@issuing/kernel';
import { toList } from './compiler-base.js';

export interface StreamCursor {
  column: ModelColumn;
  value: unknown;
  descending: boolean;
}

export function streamCursor(table: ModelTable, raw: unknown, path: string): StreamCursor {
  const inputs = toList(raw).filter((item) => item !== null);
  const input = inputs[0];
  if (inputs.length !== 1 || !isRecord(input)) throw new GraphQLRequestError('one streaming column field is expected', 'validation-failed', `${path}.args.cursor`);
  const initial = isRecord(input.initial_value) ? Object.entries(input.initial_value) : [];
  if (initial.length > 1) throw new GraphQLRequestError('multiple column cursors are not supported yet', 'validation-failed', `${path}.args.cursor`);
  const entry = initial[0];
  const column = entry ? table.columnsByField.get(entry[0]) : undefined;
  if (!entry || !column) throw new GraphQLRequestError('one streaming column field is expected', 'validation-failed', `${path}.args.cursor`);
  if (entry[1] === null || entry[1] === undefined) throw new GraphQLRequestError('the initial value of a streaming cursor cannot be null', 'validation-failed', `${path}.args.cursor`);
  return { column, value: entry[1], descending: input.ordering === 'DESC' };
}
