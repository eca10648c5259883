/** How Hasura v2 names and groups Postgres types (Types.hs `mkScalarTypeName`, `isNumType`, ...). */

export interface ScalarInfo {
  /** GraphQL scalar name (of the element for arrays). */
  graphqlName: string;
  /** Type usable in a SQL cast, e.g. `integer`, `timestamp with time zone`, `text[]`. */
  castType: string;
  typname: string;
  isArray: boolean;
  /** numeric columns get sum/avg/stddev/variance */
  isNumeric: boolean;
  /** comparable columns get max/min and _gt/_lt/... */
  isComparable: boolean;
  /** string columns get _like/_ilike/... */
  isString: boolean;
  /** big numbers are stringified with HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES */
  isBigNum: boolean;
  isJson: boolean;
  isJsonb: boolean;
}

const BUILTIN: Record<string, string> = {
  int4: 'Int',
  bool: 'Boolean',
  float4: 'Float',
  text: 'String',
  varchar: 'String',
};

const NUMERIC = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'money']);
const NOT_COMPARABLE = new Set(['json', 'jsonb', 'geometry', 'geography', 'bool']);
// Hasura's stringTypes (varchar, text, citext, bpchar) and `name`, which Postgres matches the same way.
const STRING = new Set(['varchar', 'text', 'citext', 'bpchar', 'name']);
const BIGNUM = new Set(['int8', 'numeric', 'float8', 'money']);
const FRIENDLY: Record<string, string> = { int2: 'smallint', int8: 'bigint' };

/** A GraphQL-safe scalar name for a Postgres typname. */
function graphqlScalarName(typname: string): string {
  const builtin = BUILTIN[typname];
  if (builtin) return builtin;
  const friendly = FRIENDLY[typname] ?? typname;
  const safe = friendly.replace(/[^_0-9A-Za-z]/g, '_');
  return /^[0-9]/.test(safe) ? `_${safe}` : safe;
}

export function scalarInfo(typname: string, elementTypname: string | null, castType: string, knownType = true): ScalarInfo {
  const base = elementTypname ?? typname;
  return {
    graphqlName: graphqlScalarName(base),
    // format_type without a typmod calls bpchar `character`, which as a cast means character(1)
    // and would cut every value to one character; `bpchar` keeps the value whole.
    castType: base === 'bpchar' ? castType.replace(/^character(?=\[\]|$)/, 'bpchar') : castType,
    typname: base,
    isArray: elementTypname !== null,
    isNumeric: elementTypname === null && NUMERIC.has(base),
    isComparable: elementTypname === null && knownType && !NOT_COMPARABLE.has(base),
    isString: elementTypname === null && STRING.has(base),
    isBigNum: elementTypname === null && BIGNUM.has(base),
    isJson: base === 'json' || base === 'jsonb',
    isJsonb: elementTypname === null && base === 'jsonb',
  };
}

/** A composite (row) type as a function argument: Hasura's `<type>_scalar`, a row literal string. */
export function compositeScalarInfo(typname: string, castType: string): ScalarInfo {
  return { graphqlName: `${graphqlScalarName(typname)}_scalar`, castType, typname, isArray: false, isNumeric: false, isComparable: false, isString: false, isBigNum: false, isJson: false, isJsonb: false };
}
