/** Translates graphql-js validation messages into Hasura v2's wording. */
import type { GraphQLError } from 'graphql';
import { GraphQLRequestError } from '../errors.js';

const RULES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (m) => `field '${m[1]}' not found in type: '${m[2]}'`],
  [/^Unknown argument "([^"]+)" on field "[^".]+\.([^"]+)"\./, (m) => `'${m[2]}' has no argument named '${m[1]}'`],
  [/^Field "[^"]+" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./, (m) => `missing required field '${m[1]}'`],
  [/^Field "[^"]+\.([^"]+)" of required type "[^"]+" was not provided\./, (m) => `missing required field '${m[1]}'`],
  [/^Variable "\$([^"]+)" of required type "[^"]+" was not provided\./, (m) => `expecting a value for non-nullable variable: "${m[1]}"`],
  [/^Field "([^"]+)" of type "[^"]+" must have a selection of subfields\./, (m) => `missing selection set for '${m[1]}'`],
  [/^Field "([^"]+)" must not have a selection since type "[^"]+" has no subfields\./, (m) => `unexpected subselection set for non-object field '${m[1]}'`],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\./, (m) => `field '${m[1]}' not found in type: '${m[2]}'`],
];

export function hasuraMessage(message: string): string {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}

export function mapValidationError(error: GraphQLError, paths: Map<unknown, string>): GraphQLRequestError {
  const node = error.nodes?.[0];
  const path = (node && paths.get(node)) ?? '$';
  return new GraphQLRequestError(hasuraMessage(error.message), 'validation-failed', path, { cause: error });
}
