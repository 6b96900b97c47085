/** One entry of a GraphQL response's `errors`. Every server error carries `extensions.code`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Codes the client itself produces when there is no GraphQL error to read. */
export const NETWORK_ERROR = 'NETWORK';
export const BAD_RESPONSE = 'BAD_RESPONSE';

/**
 * A failed GraphQL request. `code` is the first error's `extensions.code`
 * (e.g. UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED) or one of the client codes above.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(code: string, message: string, errors: readonly GraphQLErrorEntry[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.errors = errors;
  }

  static fromErrors(errors: readonly GraphQLErrorEntry[]): ApiError {
    const first = errors[0];
    return new ApiError(first?.extensions?.code ?? 'INTERNAL', first?.message ?? 'GraphQL error', errors);
  }
}

export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : NETWORK_ERROR;
}
