/**
 * Hasura's live-query multiplexing: live queries whose compiled SQL is the same text (same role,
 * same document, so the same shape) and which differ only in parameter values (variables, session
 * variables) run as ONE statement. Each cohort's parameters become a row of a JSON array and every
 * `$n::type` of the statement reads the cohort's n-th value instead, through a LATERAL join.
 */
import type { CompiledStatement } from '../compile/compile-query.js';

/** A parameter as the text PostgreSQL would receive for it (what `pg` sends), or null. */
export function parameterText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** A PostgreSQL array literal: `{"a","b",NULL}` (nested arrays for multi-dimensional values). */
function arrayLiteral(items: unknown[]): string {
  const parts = items.map((item) => {
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = parameterText(item);
    return text === null ? 'NULL' : `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

/**
 * Rewrites every `$n` placeholder outside quoted identifiers and string literals with `replace(n)`.
 * The compiler only emits `$n::type` placeholders, `"identifiers"` and `'names'`.
 */
function replacePlaceholders(sql: string, replace: (n: number) => string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '$') {
      const match = /^\$(\d+)/.exec(sql.slice(i, i + 12));
      if (match?.[1]) {
        out += replace(Number(match[1]));
        i += match[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/**
 * One statement for many cohorts of the same compiled SQL: it returns a row `(i, root)` per cohort,
 * `i` being the cohort's index in `paramSets`.
 */
export function multiplexedStatement(sql: string, paramSets: unknown[][]): CompiledStatement {
  const inner = replacePlaceholders(sql, (n) => `(_hc_cohort.p->>${n - 1})`);
  const rows = paramSets.map((params) => params.map(parameterText));
  return {
    sql: `SELECT (_hc_cohort.i - 1)::int AS i, _hc_q.root FROM json_array_elements($1::json) WITH ORDINALITY AS _hc_cohort(p, i) CROSS JOIN LATERAL (${inner}) AS _hc_q`,
    params: [JSON.stringify(rows)],
  };
}
