/**
 * @module server/routes/home
 * `GET /`: a plain page that says what is there. The dashboard is not built yet; this page says so and
 * links the API documentation and the event listing.
 */
import type { App, ServerDeps } from '../app.js';

/** Register `GET /`. */
export function homeRoutes(app: App, { store }: ServerDeps): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const s = store.stats();
    return reply.type('text/html; charset=utf-8').send(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Lucca</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head>
<body>
<h1>Lucca</h1>
<p>The dashboard is not built yet. The HTTP API is running:</p>
<ul>
<li><a href="/docs">/docs</a> — API documentation (OpenAPI document at <a href="/openapi.json">/openapi.json</a>)</li>
<li><a href="/api/events">/api/events</a> — the stored events, newest first</li>
</ul>
<p>This database holds ${s.stories} stories, ${s.sentences} sentences and ${s.events} events.</p>
</body>
</html>
`);
  });
}
