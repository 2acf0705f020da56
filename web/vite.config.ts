/**
 * @module web/vite.config
 * Builds the dashboard into `dist/web` (served by `lucca serve` at `/`, assets under `/assets`).
 * `npm run dev:web` serves it with hot reload and proxies `/api` to a `lucca serve` on port 8080.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The app's code past the small entry module is imported dynamically (the entry first asks the API for
 * the events), so Vite does not list it in the page. This adds `<link rel="modulepreload">` for every
 * chunk: the browser fetches and compiles them all at once, while the entry runs.
 */
function preloadAllChunks(): Plugin {
  return {
    name: 'lucca-preload-all-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && !c.isEntry && !html.includes(`/${c.fileName}"`));
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadAllChunks()],
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // React and the app (boot), ECharts and sigma are chunks of their own (see src/main.ts, src/components/chunks.ts).
    chunkSizeWarningLimit: 900,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080', '/docs': 'http://127.0.0.1:8080' },
  },
});
