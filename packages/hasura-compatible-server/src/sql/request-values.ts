/**
 * Reads argument values and selections straight from the query AST. Values keep the order in
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

/** Groups the selections of an object type by response key (fragments expanded, @skip/@include applied). */
export function collectFields(selectionSet: SelectionSetNode, typeName: string, ctx: RequestContext): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (!included(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = out.get(key);
        if (list) list.push(selection);
        else out.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) continue;
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        const fragment = ctx.fragments.get(name);
        if (!fragment || fragment.typeCondition.name.value !== typeName) continue;
        visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  visit(selectionSet, new Set());
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
