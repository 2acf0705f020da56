/**
 * @module cli/serve
 * `lucca serve [--db FILE] [--port 8080] [--host 127.0.0.1]`: the HTTP API over a stored database.
 * Binds to 127.0.0.1 unless told otherwise; stops cleanly on SIGINT and SIGTERM.
 */
import { existsSync } from 'node:fs';
import { LuccaError } from '../model/errors.js';
import { createCoder } from '../pipeline/coder.js';
import { createServer } from '../server/index.js';
import { openSqliteStore } from '../store/index.js';
import type { Io } from './code.js';
import { DEFAULT_DB } from './ingest.js';
import { coderOptions, loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

/** Options of `lucca serve`. */
export interface ServeOptions extends KnowledgeOptions {
  db?: string;
  port?: string;
  host?: string;
}

/** Run `lucca serve` until the process is told to stop. Returns the exit code. */
export async function runServe(o: ServeOptions, io: Io): Promise<number> {
  const port = Number(o.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LuccaError('OPTION_INVALID', `--port must be a port number (0–65535), not "${o.port}"`);
  const host = o.host ?? '127.0.0.1';
  const dbFile = o.db ?? DEFAULT_DB;
  if (!existsSync(dbFile)) throw new LuccaError('INPUT_UNREADABLE', 'no database here; create one with `lucca ingest PATH… --db FILE`', { file: dbFile });
  const coder = createCoder(await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`)), coderOptions(o));
  const store = openSqliteStore(dbFile, { mustExist: true });
  const app = createServer({ store, coder });
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (error) {
    store.close();
    throw new LuccaError('OPTION_INVALID', `cannot listen on ${host}:${port} (${error instanceof Error ? error.message : String(error)})`);
  }
  const s = store.stats();
  io.err(`lucca: serving ${dbFile} (${s.stories} stories, ${s.events} events) at ${address}/ — API docs at ${address}/docs\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      app.close().finally(() => {
        store.close();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
