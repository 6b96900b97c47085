import { useEffect, useState } from 'react';

/** The app's pages. Hash routes, so any static server (or the API server) can host dist/. */
export type PageName =
  | 'map'
  | 'regions'
  | 'residents'
  | 'buildings'
  | 'teams'
  | 'party'
  | 'import'
  | 'events'
  | 'department'
  | 'supervision'
  | 'disputes';

/** Where the app is: a page and, for some pages, one id (`#/buildings/<grid id>`, `#/events/new`). */
export interface Route {
  page: PageName;
  param: string | null;
}

/** Each page gets the route's one id, e.g. the grid of `#/buildings/<id>`. */
export interface PageProps {
  param: string | null;
}

const PAGES: readonly PageName[] = [
  'map',
  'regions',
  'residents',
  'buildings',
  'teams',
  'party',
  'import',
  'events',
  'department',
  'supervision',
  'disputes',
];
export const DEFAULT_PAGE: PageName = 'map';

function parseHash(hash: string): Route {
  const [name = '', param] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (!(PAGES as readonly string[]).includes(name)) return { page: DEFAULT_PAGE, param: null };
  return { page: name as PageName, param: param ? decodeURIComponent(param) : null };
}

/** Goes to a page; the hash changes and `useRoute` follows. */
export function navigate(page: PageName, param?: string | null): void {
  window.location.hash = param ? `/${page}/${encodeURIComponent(param)}` : `/${page}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return route;
}
