/** The dashboard's GraphQL operations (ui/src/operations/*.graphql), by operation name. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export const OPERATIONS_DIR = path.resolve(import.meta.dirname, '../../../ui/src/operations');

export interface DashboardOperation {
  name: string;
  file: string;
  /** The operation with the fragments of its file, ready to send. */
  text: string;
  document: DocumentNode;
}

/** Each named operation of every file, bundled with that file's fragments. */
export function loadDashboardOperations(dir = OPERATIONS_DIR): Map<string, DashboardOperation> {
  const operations = new Map<string, DashboardOperation>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql')).sort()) {
    const document = parse(readFileSync(path.join(dir, file), 'utf8'));
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name) continue;
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] };
      operations.set(definition.name.value, { name: definition.name.value, file, text: print(single), document: single });
    }
  }
  return operations;
}
