/**
 * Hasura's subscription root has the same fields and arguments as its query root (a live query
 * re-runs the query and sends the result when it changed), so each live operation is its query
 * with the operation type swapped: same selection, same generated types, nothing to keep in sync.
 */
import { Kind, OperationTypeNode, type DefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The subscription twin of a single-root-field query document. */
export function asSubscription<TData, TVariables>(query: TypedDocumentNode<TData, TVariables>): TypedDocumentNode<TData, TVariables> {
  const definitions: DefinitionNode[] = query.definitions.map((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? {
          ...definition,
          operation: OperationTypeNode.SUBSCRIPTION,
          name: definition.name ? { ...definition.name, value: `${definition.name.value}Live` } : undefined,
        }
      : definition,
  );
  return { ...query, definitions };
}
