/**
 * @module server/routes/home
 * The dashboard: the built single-page app (`dist/web`, made by `npm run build`) at `/`, its hashed
 * assets under `/assets/` (cached for good), and `index.html` for any other page path, so that a
 * bookmarked view (`/?actor=IRN&story=…`) or a reload works. Paths under `/api/` never fall back: an
 * unknown API route stays a JSON 404. Without a built dashboard, `/` is a plain page that says so and
 * links the API documentation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App, ServerDeps } from '../app.js';

/**
 * Where `npm run build` puts the dashboard: `dist/web` of the package, found from this module whether
 * it runs built (`dist/server/routes`) or from source (`src/server/routes`, in tests).
 */
export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/** Options of {@link homeRoutes}. */
export interface HomeOptions {
  /** Directory of the built dashboard (with `index.html` and `assets/`); null serves the plain page. */
  webRoot: string | null;
}

/** True for paths the dashboard must not answer (API routes, API docs). */
function isApiPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/api' || path.startsWith('/docs') || path === '/openapi.json';
}

/** Register `GET /`, the dashboard's assets and its page fallback. */
export function homeRoutes(app: App, { store }: ServerDeps, { webRoot }: HomeOptions): void {
  const indexFile = webRoot ? join(webRoot, 'index.html') : null;
  if (!indexFile || !existsSync(indexFile)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(plainPage(store.stats())));
    return;
  }

  // Read once: the page is small and only changes with a rebuild (which means a restart).
  const page = readFileSync(indexFile, 'utf8');
  const sendPage = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);

  app.register(fastifyStatic, {
    root: join(webRoot!, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    // File names carry a content hash: a changed file gets a new name.
    immutable: true,
    maxAge: '365d',
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendPage(reply));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0];
    // API paths, assets and file names (favicon.ico, robots.txt) are not pages of the app.
    if (isApiPath(path) || path.startsWith('/assets/') || /\.[A-Za-z0-9]+$/.test(path)) return reply.callNotFound();
    return sendPage(reply);
  });
}

/** The page served when the dashboard is not built. */
function plainPage(s: { stories: number; sentences: number; events: number }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Lucca</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head>
<body>
<h1>Lucca</h1>
<p>The dashboard is not built yet (<code>npm run build</code> builds it into <code>dist/web</code>). The HTTP API is running:</p>
<ul>
<li><a href="/docs">/docs</a> — API documentation (OpenAPI document at <a href="/openapi.json">/openapi.json</a>)</li>
<li><a href="/api/events">/api/events</a> — the stored events, newest first</li>
</ul>
<p>This database holds ${s.stories} stories, ${s.sentences} sentences and ${s.events} events.</p>
</body>
</html>
`;
}
