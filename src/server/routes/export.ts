/**
 * @module server/routes/export
 * `GET /api/export?format=jsonl|tsv|csv`: every event of a filter, streamed (the store is read a page at
 * a time as the client reads). TSV has the columns of `lucca code --format tsv`; CSV the same columns.
 */
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import { TSV_HEADER, toTsv } from '../../cli/format.js';
import type { EventRecord } from '../../model/record.js';
import type { App, ServerDeps } from '../app.js';
import { filterOf } from '../filter-params.js';
import { ErrorSchema, EXPORT_FORMATS, ExportQuery } from '../schemas.js';

type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Lines of output per chunk written to the socket. */
const CHUNK = 500;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(tsv: string): string {
  return tsv.split('\t').map(csvField).join(',');
}

/** The export as chunks of text: a header line (TSV, CSV), then one line per event. */
export function* exportLines(events: Iterable<EventRecord>, format: ExportFormat): Generator<string> {
  if (format === 'tsv') yield TSV_HEADER + '\n';
  if (format === 'csv') yield csvLine(TSV_HEADER) + '\n';
  let chunk: string[] = [];
  for (const e of events) {
    chunk.push(format === 'jsonl' ? JSON.stringify(e) : format === 'tsv' ? toTsv(e) : csvLine(toTsv(e)));
    if (chunk.length >= CHUNK) {
      yield chunk.join('\n') + '\n';
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('\n') + '\n';
}

/** Register `GET /api/export`. */
export function exportRoutes(app: App, { store }: ServerDeps): void {
  app.get('/api/export', {
    schema: {
      summary: 'Every event of a filter as JSONL, TSV or CSV (streamed)',
      tags: ['events'],
      querystring: ExportQuery,
      produces: Object.values(CONTENT_TYPES),
      response: { 200: Type.Unsafe<Readable>({ type: 'string', description: 'The events, one per line (TSV and CSV with a header line).' }), 400: ErrorSchema },
    },
  }, async (request, reply) => {
    const { format = 'jsonl', sort = 'id', ...filter } = request.query;
    // exportEvents checks the filter before the first row, so a bad value is still a 400.
    const events = store.exportEvents(filterOf(filter), sort);
    return reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="lucca-events.${format}"`)
      .send(Readable.from(exportLines(events, format)));
  });
}
