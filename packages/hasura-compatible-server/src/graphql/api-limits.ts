/**
 * Hasura's `api_limits` (depth_limit, node_limit, batch_limit, time_limit; `global` with `per_role`
 * overrides; `disabled`). Admin is exempt from all of them and introspection from the depth limit.
 * Depth is the longest chain of nested fields that have a selection set; nodes are the fields with
 * a selection set. Fragments are measured once each, so the work stays linear in the document.
 */
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { GraphQLRequestError } from '../errors.js';
import type { Model, RoleLimit } from '../model/model.js';

interface RoleApiLimits {
  depth: number | null;
  nodes: number | null;
  batch: number | null;
  timeSeconds: number | null;
}

function forRole(limit: RoleLimit | null, role: string): number | null {
  if (!limit) return null;
  return limit.perRole.get(role) ?? limit.global;
}

/** The limits that apply to `role` (none for admin or when api_limits is absent or disabled). */
export function roleApiLimits(model: Model, role: string): RoleApiLimits {
  const limits = model.apiLimits;
  if (!limits || role === 'admin') return { depth: null, nodes: null, batch: null, timeSeconds: null };
  return { depth: forRole(limits.depth, role), nodes: forRole(limits.node, role), batch: forRole(limits.batch, role), timeSeconds: forRole(limits.time, role) };
}

interface Measure {
  depth: number;
  nodes: number;
}

/** Depth and node count of an operation, fragments measured once (memoized), introspection left out of depth. */
function measureOperation(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Measure {
  const memo = new Map<string, Measure>();
  const measureSet = (set: SelectionSetNode, inProgress: Set<string>, top: boolean): Measure => {
    let depth = 0;
    let nodes = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) continue;
        const inner = measureSet(selection.selectionSet, inProgress, false);
        const introspection = top && (selection.name.value === '__schema' || selection.name.value === '__type');
        if (!introspection) depth = Math.max(depth, 1 + inner.depth);
        nodes += 1 + inner.nodes;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measureSet(selection.selectionSet, inProgress, top);
        depth = Math.max(depth, inner.depth);
        nodes += inner.nodes;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue;
        const key = `${top ? 'root' : 'nested'}:${name}`;
        let inner = memo.get(key);
        if (!inner) {
          inProgress.add(name);
          inner = measureSet(fragment.selectionSet, inProgress, top);
          inProgress.delete(name);
          memo.set(key, inner);
        }
        depth = Math.max(depth, inner.depth);
        nodes += inner.nodes;
      }
    }
    return { depth, nodes };
  };
  return measureSet(operation.selectionSet, new Set(), true);
}

/** Throws when the operation is deeper or has more nodes than the role's api_limits allow. */
export function enforceDepthAndNodes(limits: RoleApiLimits, role: string, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): void {
  if (limits.depth === null && limits.nodes === null) return;
  const { depth, nodes } = measureOperation(operation, fragments);
  if (limits.depth !== null && depth > limits.depth) {
    throw new GraphQLRequestError(`the query has depth ${depth}, over the depth limit of ${limits.depth} for role "${role}" (api_limits.depth_limit)`, 'depth-limit-exceeded', '$');
  }
  if (limits.nodes !== null && nodes > limits.nodes) {
    throw new GraphQLRequestError(`the query has ${nodes} nodes, over the node limit of ${limits.nodes} for role "${role}" (api_limits.node_limit)`, 'node-limit-exceeded', '$');
  }
}
