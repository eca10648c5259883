/** Builds one parameterized statement: identifiers come from metadata and are quoted; values are always parameters. */

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export class SqlParams {
  readonly values: unknown[] = [];
  private aliasCount = 0;

  /** `$n::castType` for a value (objects and JSON scalars are sent as JSON text). */
  add(value: unknown, castType: string): string {
    this.values.push(value);
    return `$${this.values.length}::${castType}`;
  }

  /** A fresh table alias. */
  alias(): string {
    this.aliasCount += 1;
    return `_t${this.aliasCount}`;
  }
}

/** Serialises a JS value as a parameter for a column of the given JSON-ness. */
export function paramValue(value: unknown, isJson: boolean): unknown {
  if (isJson) return JSON.stringify(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}
