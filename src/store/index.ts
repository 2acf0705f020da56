/**
 * @module store
 * Event storage: the {@link EventStore} interface and its SQLite implementation.
 *
 * @example
 * import { openSqliteStore } from './store/index.js';
 * const store = openSqliteStore('lucca.db');
 * const page = store.queryEvents({ source: 'RUS*', target: 'UKR*' }, { sort: 'date', limit: 100 });
 */
export * from './event-store.js';
export { openSqliteStore, type SqliteEventStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, migrate, schemaVersion, type Migration } from './migrations.js';
export { contentHash } from './hash.js';
export { ftsQuery } from './fts.js';
export { checkFilter, isIsoDate } from './filter.js';
export { DEFAULT_PAGE } from './queries.js';
export { MAX_ACTORS, MAX_NETWORK_EDGES, MAX_NETWORK_NODES } from './aggregates.js';
export { sentencesOf } from './write.js';
