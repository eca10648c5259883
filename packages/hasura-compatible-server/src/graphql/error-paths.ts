/** Hasura-style JSON paths (`$.selectionSet.author.args.where`) for nodes of a query document. */
import { type ASTNode, type DocumentNode, Kind, visit } from 'graphql';

export function nodePaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const stack: string[] = ['$'];
  visit(document, {
    enter(node) {
      let segment: string | null = null;
      switch (node.kind) {
        case Kind.FIELD:
          segment = `selectionSet.${node.name.value}`;
          break;
        case Kind.ARGUMENT:
          segment = `args.${node.name.value}`;
          break;
        case Kind.OBJECT_FIELD:
          segment = node.name.value;
          break;
        case Kind.OPERATION_DEFINITION:
        case Kind.FRAGMENT_DEFINITION:
          stack.length = 1;
          break;
      }
      if (segment) stack.push(`${stack[stack.length - 1] ?? '$'}.${segment}`);
      paths.set(node, stack[stack.length - 1] ?? '$');
    },
    leave(node) {
      if (node.kind === Kind.FIELD || node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) stack.pop();
    },
  });
  return paths;
}
