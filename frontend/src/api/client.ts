import type { TypedDocumentString } from '../gql/graphql';
import { expireSession, refreshSession } from '../auth/session';
import { isAccessTokenExpiring, loadTokens } from '../auth/tokens';
import { ApiError } from './errors';
import { postGraphQL, type VariablesArg } from './transport';

/**
 * Runs an operation as the signed-in user.
 *
 * Sends `Authorization: Bearer <access token>`. An access token about to expire is
 * renewed first; a request rejected with UNAUTHENTICATED is retried once after a
 * refresh. When the refresh itself fails the session expires (see `onSessionExpired`).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  let tokens = loadTokens();
  if (tokens && isAccessTokenExpiring(tokens)) {
    tokens = await refreshSession(tokens.accessToken);
  }
  try {
    return await postGraphQL(document, variables, tokens?.accessToken ?? null);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || !tokens) throw error;
    const renewed = await refreshSession(tokens.accessToken);
    try {
      return await postGraphQL(document, variables, renewed.accessToken);
    } catch (retryError) {
      // A token fresh from the server was refused: the session is gone (e.g. user disabled).
      if (retryError instanceof ApiError && retryError.code === 'UNAUTHENTICATED') expireSession();
      throw retryError;
    }
  }
}

/** Runs an operation without a token and without refresh (sign-in). */
export function requestAnonymous<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  return postGraphQL(document, variables, null);
}
