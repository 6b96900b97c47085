import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import { ApiError } from '../api/errors';
import type { RegionRootsQuery as RegionRootsResult } from '../gql/graphql';
import { RegionChildrenQuery, RegionRootsQuery } from './documents';

export type RegionSummary = RegionRootsResult['regionRoots'][number];

interface ChildPage {
  ids: string[];
  /** Cursor for the next page, or null once every child is loaded. */
  nextCursor: string | null;
}

/** What the tree knows so far: regions by id, the roots, and each loaded node's children. */
export interface RegionForest {
  regions: ReadonlyMap<string, RegionSummary>;
  rootIds: readonly string[];
  children: ReadonlyMap<string, ChildPage>;
}

export interface RegionTreeStore {
  forest: RegionForest;
  loading: boolean;
  error: ApiError | undefined;
  /** Loads a region's first page of children, once. */
  ensureChildren: (parentId: string) => Promise<void>;
  /** Appends the next page of a region's children. */
  loadMoreChildren: (parentId: string) => Promise<void>;
  has: (regionId: string) => boolean;
}

/**
 * The lazily loaded region tree. Children are fetched a page (100) at a time when a
 * node is expanded; concurrent requests for the same page share one fetch.
 */
export function useRegionTree(): RegionTreeStore {
  const forestRef = useRef<RegionForest>({ regions: new Map(), rootIds: [], children: new Map() });
  const [forest, setForest] = useState<RegionForest>(forestRef.current);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const pending = useRef(new Map<string, Promise<void>>());

  const commit = useCallback((next: RegionForest) => {
    forestRef.current = next;
    setForest(next);
  }, []);

  useEffect(() => {
    let current = true;
    request(RegionRootsQuery)
      .then(({ regionRoots }) => {
        if (!current) return;
        commit({
          regions: new Map(regionRoots.map((r) => [r.id, r])),
          rootIds: regionRoots.map((r) => r.id),
          children: new Map(),
        });
      })
      .catch((cause: unknown) => {
        if (current) setError(cause instanceof ApiError ? cause : new ApiError('INTERNAL', String(cause)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [commit]);

  const fetchPage = useCallback(
    (parentId: string, after: string | null): Promise<void> => {
      const key = `${parentId}\u0000${after ?? ''}`;
      const existing = pending.current.get(key);
      if (existing) return existing;
      const promise = request(RegionChildrenQuery, { id: parentId, after })
        .then(({ region }) => {
          const { nodes, pageInfo } = region.children;
          const before = forestRef.current;
          const regions = new Map(before.regions);
          nodes.forEach((node) => regions.set(node.id, node));
          const previousIds = after ? (before.children.get(parentId)?.ids ?? []) : [];
          const children = new Map(before.children);
          children.set(parentId, {
            ids: [...previousIds, ...nodes.map((n) => n.id).filter((id) => !previousIds.includes(id))],
            nextCursor: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
          });
          commit({ ...before, regions, children });
        })
        .finally(() => pending.current.delete(key));
      pending.current.set(key, promise);
      return promise;
    },
    [commit],
  );

  const ensureChildren = useCallback(
    async (parentId: string) => {
      if (forestRef.current.children.has(parentId)) return;
      await fetchPage(parentId, null);
    },
    [fetchPage],
  );

  const loadMoreChildren = useCallback(
    async (parentId: string) => {
      const cursor = forestRef.current.children.get(parentId)?.nextCursor;
      if (cursor) await fetchPage(parentId, cursor);
    },
    [fetchPage],
  );

  const has = useCallback((regionId: string) => forestRef.current.regions.has(regionId), []);

  return { forest, loading, error, ensureChildren, loadMoreChildren, has };
}
