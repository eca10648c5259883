/** A minimal GraphQL-over-HTTP client for tests and benches (POST /v1/graphql). */
export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; path?: string } }>;
}

function isResponse(value: unknown): value is GraphqlResponse {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && ('data' in value || 'errors' in value);
}

export async function graphql(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body: unknown = await response.json();
  if (!isResponse(body)) throw new Error(`not a GraphQL response (HTTP ${response.status}): ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

/** The data of a response that must have succeeded. */
export function dataOf(response: GraphqlResponse): Record<string, unknown> {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
