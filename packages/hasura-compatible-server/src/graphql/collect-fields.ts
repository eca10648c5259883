/**
 * Collects the fields of a selection set (fragments expanded once each, @skip/@include applied) and
 * reads argument values straight from the query AST. Values keep the order in
 * which the client wrote object keys (Hasura honours it for `order_by`), which graphql-js's
 * coercion would lose; graphql-js has already validated them.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { FieldInfo } from './schema/field-info.js';

export interface RequestContext {
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
}

export function valueOf(node: ValueNode, ctx: RequestContext): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return ctx.variables[node.name.value] ?? null;
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
      return node.value;
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, ctx));
    case Kind.OBJECT: {
      const out: Record<string, unknown> = {};
      for (const field of node.fields) {
        // An absent variable inside an object literal means the field is absent.
        if (field.value.kind === Kind.VARIABLE && !(field.value.name.value in ctx.variables)) continue;
        out[field.name.value] = valueOf(field.value, ctx);
      }
      return out;
    }
  }
}

/** Argument values of a field, by name; absent variables leave the argument out. */
export function argumentsOf(field: FieldNode, ctx: RequestContext): Map<string, unknown> {
  const args = new Map<string, unknown>();
  for (const arg of field.arguments ?? []) {
    if (arg.value.kind === Kind.VARIABLE && !(arg.value.name.value in ctx.variables)) continue;
    args.set(arg.name.value, valueOf(arg.value, ctx));
  }
  return args;
}

function included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }, ctx: RequestContext): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const ifArg = directive.arguments?.find((a) => a.name.value === 'if');
    const value = ifArg ? valueOf(ifArg.value, ctx) === true : false;
    if (name === 'skip' && value) return false;
    if (name === 'include' && !value) return false;
  }
  return true;
}

/**
 * Groups the selections of an object type by response key (fragments expanded, @skip/@include
 * applied). Each fragment is expanded at most once per call, as graphql-js's collectFields does:
 * spreading the same fragment twice adds nothing, so work stays linear in the document size.
 */
export function collectFields(selectionSet: SelectionSetNode, typeName: string, ctx: RequestContext): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = out.get(key);
        if (list) list.push(selection);
        else out.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) continue;
        visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = ctx.fragments.get(name);
        if (!fragment || fragment.typeCondition.name.value !== typeName) continue;
        visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return out;
}

/** The merged sub-selection of several field nodes sharing one response key. */
export function mergedSelection(nodes: FieldNode[]): SelectionSetNode {
  const first = nodes[0]?.selectionSet;
  if (nodes.length === 1 && first) return first;
  return {
    kind: Kind.SELECTION_SET,
    selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []),
  };
}

/** One response key of a selection set, resolved against the role schema. */
export interface SelectedField {
  /** Response key (alias or field name). */
  key: string;
  /** Field name. */
  name: string;
  /** Every node sharing the response key (their sub-selections are merged). */
  nodes: FieldNode[];
  /** Arguments of the first node. */
  args: Map<string, unknown>;
  /** The merged sub-selection, if any. */
  selection: SelectionSetNode | undefined;
  /** Hasura-style error path of the field. */
  path: string;
  /** What the field stands for; null for `__typename` and names the schema's field table does not know. */
  info: FieldInfo | null;
}

/** The selection loop, written once: every selected field of `typeName` with its arguments, merged selection and meaning. */
export function selectedFields(
  selection: SelectionSetNode,
  typeName: string,
  ctx: RequestContext,
  fieldInfo: Map<string, Map<string, FieldInfo>>,
  path: string,
): SelectedField[] {
  const fields: SelectedField[] = [];
  for (const [key, nodes] of collectFields(selection, typeName, ctx)) {
    const node = nodes[0];
    if (!node) continue;
    const name = node.name.value;
    fields.push({
      key,
      name,
      nodes,
      args: argumentsOf(node, ctx),
      selection: node.selectionSet ? mergedSelection(nodes) : undefined,
      path: `${path}.selectionSet.${name}`,
      info: name === '__typename' ? null : (fieldInfo.get(typeName)?.get(name) ?? null),
    });
  }
  return fields;
}
