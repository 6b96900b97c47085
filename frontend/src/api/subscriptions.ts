import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef } from 'react';
import { refreshSession } from '../auth/session';
import { isAccessTokenExpiring, loadTokens } from '../auth/tokens';
import type { TypedDocumentString } from '../gql/graphql';
import { GRAPHQL_ENDPOINT } from './transport';

/**
 * Live updates over one WebSocket (`graphql-transport-ws` at the GraphQL endpoint, ws: or
 * wss: like the page). The socket opens with the first subscription and closes with the last
 * (so a sign-out, which unmounts every page, closes it); `connection_init` carries
 * `{ token: <access token> }`, renewed first when about to expire. A dropped socket is
 * reopened with backoff, and subscribers hear of it to catch up on what they missed.
 */

let client: Client | null = null;
const reconnectListeners = new Set<() => void>();

function socketUrl(): string {
  const url = new URL(GRAPHQL_ENDPOINT, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

async function connectionParams(): Promise<Record<string, unknown>> {
  let tokens = loadTokens();
  if (tokens && isAccessTokenExpiring(tokens)) {
    tokens = await refreshSession(tokens.accessToken).catch(() => loadTokens());
  }
  return tokens ? { token: tokens.accessToken } : {};
}

function liveClient(): Client {
  client ??= createClient({
    url: socketUrl(),
    connectionParams,
    lazy: true,
    keepAlive: 25_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries))),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) reconnectListeners.forEach((listener) => listener());
      },
    },
  });
  return client;
}

/**
 * Subscribes to a subscription document; `onData` gets each event's data. Errors of one
 * subscription are dropped (live updates are a convenience; the pages still load by
 * query). Returns the unsubscribe function.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  onData: (data: TResult) => void,
): () => void {
  return liveClient().subscribe<TResult>(
    { query: document.toString() },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}

/** Called after the socket has been reopened (events may have been missed meanwhile). */
export function onReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/**
 * Subscribes while the component lives (and `enabled`); `onData` is called with each
 * message and `onReconnected` after a dropped socket came back. The latest callbacks are
 * used without resubscribing.
 */
export function useSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  onData: (data: TResult) => void,
  options: { enabled?: boolean; onReconnected?: () => void } = {},
): void {
  const { enabled = true } = options;
  const onDataRef = useRef(onData);
  onDataRef.current = onData;
  const onReconnectedRef = useRef(options.onReconnected);
  onReconnectedRef.current = options.onReconnected;

  useEffect(() => {
    if (!enabled) return;
    const unsubscribe = subscribe(document, (data) => onDataRef.current(data));
    const stopListening = onReconnected(() => onReconnectedRef.current?.());
    return () => {
      stopListening();
      unsubscribe();
    };
  }, [document, enabled]);
}
