import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR, type GraphQLErrorEntry } from './errors';

/** Same origin in production (the server serves dist/); proxied by Vite in development. */
export const GRAPHQL_ENDPOINT: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/** A document with no variables has `Exact<{ [key: string]: never }>` as its variables type. */
export type VariablesArg<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
}

function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return `HTTP_${status}`;
}

/**
 * Posts one operation and returns its data, or throws an `ApiError`.
 * Knows nothing about tokens beyond sending the one it is given.
 */
export async function postGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  accessToken: string | null,
): Promise<TResult> {
  const query = document.toString();
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName: operationName(query), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    const code = response.ok ? BAD_RESPONSE : statusCode(response.status);
    throw new ApiError(code, `Unreadable response (HTTP ${response.status})`);
  }

  if (body.errors && body.errors.length > 0) throw ApiError.fromErrors(body.errors);
  if (!response.ok) throw new ApiError(statusCode(response.status), `HTTP ${response.status}`);
  if (body.data == null) throw new ApiError(BAD_RESPONSE, 'Response has no data');
  return body.data;
}
