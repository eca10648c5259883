/** The multiplexed live-query statement: every `$n` placeholder reads the cohort's n-th value, and nothing quoted is touched. */
import { describe, expect, it } from 'vitest';
import { multiplexedStatement, parameterText } from '../src/subscribe/multiplex-sql.js';

describe('multiplexedStatement', () => {
  it('reads each placeholder from the cohort row and leaves quoted identifiers and literals alone', () => {
    // Prepare
    const sql = `SELECT (SELECT "col$1" FROM "t" WHERE "x" = $1::integer AND "y" = ANY($2::text[]) AND 'lit $1' <> $10::text)::text AS root`;

    // Act
    const statement = multiplexedStatement(sql, [
      [1, ['a'], 'p'],
      [2, ['b', 'c'], 'q'],
    ]);

    // Assert
    expect(statement.sql).toContain(`"col$1"`);
    expect(statement.sql).toContain(`'lit $1'`);
    expect(statement.sql).toContain(`"x" = (_hc_cohort.p->>0)::integer`);
    expect(statement.sql).toContain(`ANY((_hc_cohort.p->>1)::text[])`);
    expect(statement.sql).toContain(`(_hc_cohort.p->>9)::text`);
    expect(statement.sql).toMatch(/^SELECT \(_hc_cohort\.i - 1\)::int AS i, _hc_q\.root FROM json_array_elements\(\$1::json\)/);
    expect(JSON.parse(String(statement.params[0]))).toEqual([
      ['1', '{"a"}', 'p'],
      ['2', '{"b","c"}', 'q'],
    ]);
  });
});

describe('parameterText', () => {
  it('writes values as PostgreSQL reads them: array literals quoted and escaped, NULL for null', () => {
    expect(parameterText(['a"b', 'c\\d', null, 'e,f'])).toBe('{"a\\"b","c\\\\d",NULL,"e,f"}');
    expect(parameterText([[1, 2], [3, 4]])).toBe('{{"1","2"},{"3","4"}}');
    expect(parameterText(null)).toBeNull();
    expect(parameterText(true)).toBe('true');
    expect(parameterText(12.5)).toBe('12.5');
    expect(parameterText({ k: [1] })).toBe('{"k":[1]}');
  });
});
