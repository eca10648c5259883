/** Resolves computed fields and tracked functions against the introspected database. */
import { type DbCatalog, type DbFunctionArg, qualifiedKey } from '../metadata/introspect-database.js';
import { type ComputedField, type FunctionMetadata } from '../metadata/types.js';
import type { ModelComputedField, ModelFunction, ModelTable } from './model.js';
import { type ScalarInfo, compositeScalarInfo, scalarInfo } from './scalar-info.js';
import { tableLabel } from './resolve-table.js';

function inputArgName(name: string | null, index: number): string {
  return name && /^[_A-Za-z][_0-9A-Za-z]*$/.test(name) ? name : `arg_${index + 1}`;
}

/**
 * The scalar of a function argument. A composite (row) type becomes Hasura's `<type>_scalar`,
 * given as a Postgres row literal string (Types.hs `mkFunctionArgScalarType`), so that it does not
 * take the name of the table's object type.
 */
function argumentScalar(arg: DbFunctionArg): ScalarInfo {
  return arg.category === 'C' ? compositeScalarInfo(arg.typname, arg.castType) : scalarInfo(arg.typname, arg.elementTypname, arg.castType);
}

export function resolveComputedField(
  cf: ComputedField,
  table: ModelTable,
  catalog: DbCatalog,
  tables: Map<string, ModelTable>,
): ModelComputedField | string {
  const fn = catalog.functions.get(qualifiedKey(cf.definition.function));
  if (!fn) return `no such function exists: "${tableLabel(cf.definition.function)}"`;
  if (fn.overloads > 1) return `function "${tableLabel(cf.definition.function)}" is overloaded; overloaded functions are not supported`;
  if (fn.volatility === 'VOLATILE') return `function "${tableLabel(cf.definition.function)}" is VOLATILE; computed fields need STABLE or IMMUTABLE functions`;
  const tableArgIndex = cf.definition.table_argument ? fn.args.findIndex((a) => a.name === cf.definition.table_argument) : 0;
  const tableArg = fn.args[tableArgIndex];
  if (!tableArg) return `the function has no table argument${cf.definition.table_argument ? ` "${cf.definition.table_argument}"` : ''}`;
  if (tableArg.typname !== table.name) return `first argument type "${tableArg.castType}" is not the row type of table "${tableLabel(table)}"`;
  let sessionArgIndex: number | null = null;
  if (cf.definition.session_argument) {
    sessionArgIndex = fn.args.findIndex((a) => a.name === cf.definition.session_argument);
    if (sessionArgIndex < 0) return `no session argument "${cf.definition.session_argument}"`;
    if (fn.args[sessionArgIndex]?.typname !== 'json') return `session argument "${cf.definition.session_argument}" must be of type json`;
  }
  const inputArgs = fn.args
    .map((arg, index) => ({ index, arg, name: inputArgName(arg.name, index), scalar: argumentScalar(arg) }))
    .filter((a) => a.index !== tableArgIndex && a.index !== sessionArgIndex);
  let returnTable: string | null = null;
  let returnScalar = null;
  if (fn.returnTable) {
    const key = qualifiedKey(fn.returnTable);
    if (!tables.has(key)) return `the function returns rows of "${tableLabel(fn.returnTable)}", which is not tracked`;
    if (!fn.returnsSet) return 'functions returning a single row are not supported as computed fields; return SETOF';
    returnTable = key;
  } else {
    if (fn.returnsSet) return 'set-returning functions must return SETOF a tracked table';
    if (fn.returnTypname === 'void' || fn.returnTypname === 'record') return `return type "${fn.returnTypname}" is not supported`;
    returnScalar = scalarInfo(fn.returnTypname, fn.returnElementTypname, fn.returnCastType);
  }
  return { name: cf.name, fn, tableArgIndex, sessionArgIndex, inputArgs, returnTable, returnScalar, comment: cf.comment ?? null };
}

export function resolveFunction(meta: FunctionMetadata, catalog: DbCatalog, tables: Map<string, ModelTable>): ModelFunction | string | null {
  const fn = catalog.functions.get(qualifiedKey(meta.function));
  if (!fn) return `no such function exists: "${tableLabel(meta.function)}"`;
  if (fn.overloads > 1) return 'overloaded functions are not supported';
  if (!fn.returnTable) return 'the function does not return a table row type (SETOF <tracked table>)';
  const returnKey = qualifiedKey(fn.returnTable);
  if (!tables.has(returnKey)) return `the function returns rows of "${tableLabel(fn.returnTable)}", which is not tracked`;
  const config = meta.configuration;
  const exposedAs = config?.exposed_as ?? (fn.volatility === 'VOLATILE' ? 'mutation' : 'query');
  // Mutations are not served by this server: the function is consistent but not exposed.
  if (exposedAs === 'mutation') return null;
  let sessionArgIndex: number | null = null;
  if (config?.session_argument) {
    sessionArgIndex = fn.args.findIndex((a) => a.name === config.session_argument);
    if (sessionArgIndex < 0) return `no session argument "${config.session_argument}"`;
    if (fn.args[sessionArgIndex]?.typname !== 'json') return `session argument "${config.session_argument}" must be of type json`;
  }
  const base = config?.custom_name || (meta.function.schema === 'public' ? meta.function.name : `${meta.function.schema}_${meta.function.name}`);
  const inputArgs = fn.args
    .map((arg, index) => ({ index, arg, name: inputArgName(arg.name, index), scalar: argumentScalar(arg) }))
    .filter((a) => a.index !== sessionArgIndex);
  return {
    key: qualifiedKey(meta.function),
    fn,
    rootName: config?.custom_root_fields?.function || base,
    aggregateRootName: config?.custom_root_fields?.function_aggregate || `${base}_aggregate`,
    argsTypeName: base,
    returnTable: returnKey,
    sessionArgIndex,
    inputArgs,
    roles: meta.permissions ? new Set(meta.permissions.map((p) => p.role)) : null,
    comment: meta.comment ?? fn.comment,
  };
}
