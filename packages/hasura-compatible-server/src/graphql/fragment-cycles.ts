/**
 * Hasura's fragment-cycle error (Execute/Inline.hs): fragments are inlined from the operation
 * down, and a spread of a fragment that is already being inlined fails with `validation-failed`
 * at that spread's path, naming the fragments of the cycle in the order they were entered.
 */
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { GraphQLRequestError } from '../errors.js';

/** Hasura's `englishList "and"`: `A`, `A and B`, `A, B, and C`. */
function englishList(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1] ?? ''}`;
}

/**
 * The error for the first fragment cycle reachable from the operation, or null. Each fragment is
 * walked once (as Hasura caches inlined fragments), so the work is linear in the document's size.
 */
export function findFragmentCycle(operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[]): GraphQLRequestError | null {
  const definitions = new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
  const inlined = new Set<string>();
  const stack: string[] = [];
  const walk = (set: SelectionSetNode, path: string): GraphQLRequestError | null => {
    for (const selection of set.selections) {
      let error: GraphQLRequestError | null = null;
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) error = walk(selection.selectionSet, `${path}.selectionSet.${selection.name.value}`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        error = walk(selection.selectionSet, path);
      } else {
        const name = selection.name.value;
        const open = stack.indexOf(name);
        if (open >= 0) return new GraphQLRequestError(`the fragment definition(s) ${englishList(stack.slice(open))} form a cycle`, 'validation-failed', `${path}.selectionSet`);
        const definition = definitions.get(name);
        // Unknown fragments are left to graphql-js validation.
        if (definition && !inlined.has(name)) {
          stack.push(name);
          error = walk(definition.selectionSet, `${path}.selectionSet.${name}`);
          stack.pop();
          inlined.add(name);
        }
      }
      if (error) return error;
    }
    return null;
  };
  return walk(operation.selectionSet, '$');
}
