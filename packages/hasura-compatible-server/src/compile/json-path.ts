/** Hasura's JSON path argument of json/jsonb fields. */
import { GraphQLRequestError } from '../errors.js';

/** Hasura's JSON path argument: `$.a.b[0]`, `a.b`, `["a"]`. */
export function parseJsonPath(text: string, path: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  const token = /^(?:\.([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]|([^.[\]]+))/;
  while (rest.length > 0) {
    // `.[0]` and `.["key"]` are accepted like `[0]` and `["key"]`
    if (rest.startsWith('.[')) rest = rest.slice(1);
    const match = token.exec(rest);
    if (!match) throw new GraphQLRequestError(`parsing the path "${text}" failed`, 'validation-failed', path);
    out.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
    rest = rest.slice(match[0].length);
  }
  return out;
}
