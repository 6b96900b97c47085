import type { TypedDocumentString } from '../gql/graphql';
import { expireSession, refreshSession } from '../auth/session';
import { isAccessTokenExpiring, loadTokens } from '../auth/tokens';
import { ApiError } from './errors';
import { postGraphQL, type VariablesArg } from './transport';

/**
 * Sends something as the signed-in user: `send` gets the access token to present.
 *
 * An access token about to expire is renewed first; a send rejected with UNAUTHENTICATED
 * is retried once after a refresh. When the refresh itself fails the session expires (see
 * `onSessionExpired`).
 */
export async function withAccessToken<T>(send: (accessToken: string | null) => Promise<T>): Promise<T> {
  let tokens = loadTokens();
  if (tokens && isAccessTokenExpiring(tokens)) {
    tokens = await refreshSession(tokens.accessToken);
  }
  try {
    return await send(tokens?.accessToken ?? null);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || !tokens) throw error;
    const renewed = await refreshSession(tokens.accessToken);
    try {
      return await send(renewed.accessToken);
    } catch (retryError) {
      // A token fresh from the server was refused: the session is gone (e.g. user disabled).
      if (retryError instanceof ApiError && retryError.code === 'UNAUTHENTICATED') expireSession();
      throw retryError;
    }
  }
}

/** Runs an operation as the signed-in user (`Authorization: Bearer <access token>`). */
export function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  return withAccessToken((accessToken) => postGraphQL(document, variables, accessToken));
}

/** Runs an operation without a token and without refresh (sign-in). */
export function requestAnonymous<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  return postGraphQL(document, variables, null);
}
