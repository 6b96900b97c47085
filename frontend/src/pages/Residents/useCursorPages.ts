import { useCallback, useState } from 'react';

export interface CursorPages {
  /** 1-based number of the page shown. */
  page: number;
  /** The `after` argument for the page shown. */
  after: string | null;
  next: (endCursor: string) => void;
  previous: () => void;
  reset: () => void;
}

/**
 * Next/previous over a forward-only Relay connection: the cursors that led to each page
 * are kept, so going back re-asks for the page after the one before it.
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const next = useCallback((endCursor: string) => setCursors((c) => [...c, endCursor]), []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { page: cursors.length, after: cursors[cursors.length - 1] ?? null, next, previous, reset };
}
