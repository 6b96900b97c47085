import type { TypedDocumentString } from '../gql/graphql';
import { withAccessToken } from './client';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR, type GraphQLErrorEntry } from './errors';
import { GRAPHQL_ENDPOINT } from './transport';

/**
 * Files found in `value`, each with its path from the operation (`variables.input.photos.0`),
 * and a copy of `value` in which each file is `null` (the GraphQL multipart request spec).
 */
function extractFiles(value: unknown, path: string, files: Array<{ path: string; file: Blob }>): unknown {
  if (value instanceof Blob) {
    files.push({ path, file: value });
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => extractFiles(item, `${path}.${index}`, files));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, extractFiles(item, `${path}.${key}`, files)]),
    );
  }
  return value;
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
}

function statusCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  return `HTTP_${status}`;
}

async function postMultipart<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken: string | null,
): Promise<TResult> {
  const query = document.toString();
  const files: Array<{ path: string; file: Blob }> = [];
  const plainVariables = extractFiles(variables, 'variables', files);
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, operationName: operationName(query), variables: plainVariables }));
  body.append('map', JSON.stringify(Object.fromEntries(files.map((f, index) => [String(index), [f.path]]))));
  files.forEach((f, index) => body.append(String(index), f.file, f.file instanceof File ? f.file.name : `file-${index}`));

  // No Content-Type: the browser writes multipart/form-data with its boundary.
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, { method: 'POST', headers, body });
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : 'Network error');
  }
  let answer: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    throw new ApiError(response.ok ? BAD_RESPONSE : statusCode(response.status), `Unreadable response (HTTP ${response.status})`);
  }
  if (answer.errors && answer.errors.length > 0) throw ApiError.fromErrors(answer.errors);
  if (!response.ok) throw new ApiError(statusCode(response.status), `HTTP ${response.status}`);
  if (answer.data == null) throw new ApiError(BAD_RESPONSE, 'Response has no data');
  return answer.data;
}

/**
 * Runs an operation whose variables hold files (`Upload` scalars, typed `File`) as a GraphQL
 * multipart request (`operations`, `map`, then one part per file), as the signed-in user with
 * the same token renewal as `request`. Without files it is still sent as multipart, which the
 * server accepts the same.
 */
export function requestWithFiles<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return withAccessToken((accessToken) => postMultipart(document, variables, accessToken));
}
