/**
 * Hasura-style JSON paths (`$.selectionSet.author.args.where`) for nodes of a query document,
 * walking fragment spreads the way Hasura reports them
 * (`…selectionSet.<fragmentName>.selectionSet.<field>`).
 */
import { type ASTNode, type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode, type ValueNode } from 'graphql';

export function nodePaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const record = (node: ASTNode, path: string) => {
    if (!paths.has(node)) paths.set(node, path);
  };
  const value = (node: ValueNode, path: string) => {
    record(node, path);
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        record(field, `${path}.${field.name.value}`);
        value(field.value, `${path}.${field.name.value}`);
      }
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, i) => value(item, `${path}[${i}]`));
    }
  };
  const selections = (set: SelectionSetNode, path: string, seen: Set<string>) => {
    record(set, `${path}.selectionSet`);
    for (const selection of set.selections) {
      for (const directive of selection.directives ?? []) record(directive, `${path}.selectionSet`);
      if (selection.kind === Kind.FIELD) {
        const here = `${path}.selectionSet.${selection.name.value}`;
        record(selection, here);
        for (const arg of selection.arguments ?? []) {
          record(arg, `${here}.args.${arg.name.value}`);
          value(arg.value, `${here}.args.${arg.name.value}`);
        }
        if (selection.selectionSet) selections(selection.selectionSet, here, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        record(selection, path);
        selections(selection.selectionSet, path, seen);
      } else {
        const here = `${path}.selectionSet.${selection.name.value}`;
        record(selection, here);
        const fragment = fragments.get(selection.name.value);
        // A fragment's nodes keep the path of its first spread, so it is walked once: a document
        // that spreads fragments twice per level would otherwise take 2^n steps.
        if (fragment && !seen.has(fragment.name.value) && !paths.has(fragment)) {
          record(fragment, here);
          selections(fragment.selectionSet, here, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    record(def, '$');
    for (const directive of def.directives ?? []) record(directive, '$');
    for (const variable of def.variableDefinitions ?? []) record(variable, '$');
    selections(def.selectionSet, '$', new Set());
  }
  // Fragments never spread from the operation still get paths relative to themselves.
  for (const fragment of fragments.values()) {
    if (!paths.has(fragment)) selections(fragment.selectionSet, '$', new Set([fragment.name.value]));
  }
  return paths;
}
