import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the GraphQL endpoint (and its WebSocket for subscriptions) and the file
// routes (uploads for imports, prepared downloads, import templates, event attachments) live
// on the Rust server; in production the server serves
// this build from frontend/dist on the same origin.
const apiTarget = process.env.GRIDGOV_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/uploads': { target: apiTarget, changeOrigin: true },
      '/downloads': { target: apiTarget, changeOrigin: true },
      '/templates': { target: apiTarget, changeOrigin: true },
      '/attachments': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Two pages: the app, and GraphiQL (served at GET /graphql), bundled so that it works
      // on machines without internet access.
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      output: {
        // Big libraries change less often than ours: their own chunks stay cached. The rest
        // is split by Rollup per page, so GraphiQL's editor never loads with the app.
        manualChunks(id) {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
});
