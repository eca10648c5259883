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
  [/^Unknown directive "@([^"]+)"\./, (m) => `directive "${m[1]}" is not defined in the schema`],
  [/^The directive "@([^"]+)" can only be used once at this location\./, (m) => `the following directives are used more than once: ${m[1]}`],
  [/^Directive "@([^"]+)" may not be used on QUERY\./, (m) => `directive "${m[1]}" is not allowed on a query`],
  [/^Cannot spread fragment "([^"]+)" within itself via (.+)\.$/, (m) => `cannot spread fragment "${m[1]}" within itself via ${(m[2] ?? '').replace(/"/g, '').replace(/, /g, ',')}`],
  [/^Cannot spread fragment "([^"]+)" within itself\.$/, (m) => `cannot spread fragment "${m[1]}" within itself via ${m[1]}`],
  [/^Unknown fragment "([^"]+)"\./, (m) => `fragment "${m[1]}" is not defined`],
];

function hasuraMessage(message: string): string {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}

export function mapValidationError(error: GraphQLError, paths: Map<unknown, string>): GraphQLRequestError {
  const node = error.nodes?.[0];
  const path = (node && paths.get(node)) ?? '$';
  let message = hasuraMessage(error.message);
  // Literal of the wrong type for an argument, e.g. limit: "3" or limit: -1 (Hasura's wording).
  const argument = /\.args\.([^.]+)$/.exec(path)?.[1];
  if (argument && /^(Int|Float|String|Boolean) cannot represent/.test(error.message)) message = `expecting ${error.message.startsWith('Int') ? 'Integer' : error.message.split(' ')[0]} value for "${argument}"`;
  return new GraphQLRequestError(message, 'validation-failed', path, { cause: error });
}
