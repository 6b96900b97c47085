// GraphiQL for GridGov, bundled with the app so it works offline. Served by the server at
// GET /graphql. Requests carry the app's signed-in token when there is one; otherwise paste
// `{"Authorization": "Bearer …"}` into the Headers tab.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTokens } from '../auth/tokens';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    const tokens = loadTokens();
    if (tokens && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${tokens.accessToken}`);
    return fetch(input, { ...init, headers });
  },
});

const DEFAULT_QUERY = `# GridGov GraphQL. Sign in to the web app in this browser, or set an
# Authorization header below. Errors carry extensions.code.
{
  me {
    user { username displayName }
    tenant { code name }
    roleAssignments { role scopeName }
  }
  regionRoots { id code name childCount }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
    </StrictMode>,
  );
}
