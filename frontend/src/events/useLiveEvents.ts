import { useEffect, useRef } from 'react';
import { useSubscription } from '../api/subscriptions';
import type { EventChangedSubscription as EventChangedResult } from '../gql/graphql';
import { EventChangedSubscription } from './documents';

export type EventChange = EventChangedResult['eventChanged'];

/** How long to gather changes before one refetch (a dispatch is several changes at once). */
const SETTLE_MS = 300;

/**
 * Refetches when an event the caller may see changes (the `eventChanged` subscription), or
 * after the live socket came back (changes may have been missed). `concerns` narrows the
 * changes that matter (e.g. the open event's id); bursts end in one refetch.
 */
export function useLiveRefresh(refetch: () => void, concerns?: (change: EventChange) => boolean): void {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const concernsRef = useRef(concerns);
  concernsRef.current = concerns;

  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => refetchRef.current(), SETTLE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  useSubscription(
    EventChangedSubscription,
    ({ eventChanged }) => {
      if (!concernsRef.current || concernsRef.current(eventChanged)) schedule();
    },
    { onReconnected: schedule },
  );
}
