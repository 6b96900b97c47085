import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the GraphQL endpoint lives on the Rust server; in production the
// server serves this build from frontend/dist on the same origin.
const apiTarget = process.env.GRIDGOV_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Vendor code changes less often than ours: split it so browsers keep it cached.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return 'vendor';
        },
      },
    },
  },
});
