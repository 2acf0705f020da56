/**
 * @module server/schemas
 * TypeBox schemas of the HTTP API: request parameters (validated by fastify; a bad value is a 400 naming
 * the parameter) and responses (documented in the OpenAPI document; records are sent as stored, never
 * reshaped by a serializer).
 */
import { Type, type Static, type TSchema } from 'typebox';
import { MAX_ACTORS, MAX_NETWORK_NODES, MAX_PAGE, EVENT_SORTS, SERIES_INTERVALS } from '../store/index.js';
import { PLOVER_TYPES } from '../model/record.js';

/** A string with a fixed set of values (a plain JSON Schema `enum`, which gives clear error messages). */
function oneOf<T extends string>(values: readonly T[], options: { default?: T; description?: string } = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const actorCode = (description: string) => Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}\\*?$', description }));
const isoDate = (description: string) => Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description }));

/** Filter parameters shared by events, series, network and export. */
export const filterProperties = {
  source: actorCode('Source actor code, e.g. RUSGOV; end with * for a prefix (RUS* matches RUS, RUSGOV, RUSMIL…).'),
  target: actorCode('Target actor code, or a prefix ending in *.'),
  actor: actorCode('Actor code (or prefix*) on either side.'),
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 3166-1 alpha-3 country of the source or the target.' })),
  cameo: Type.Optional(Type.String({ pattern: '^\\d{2,4}(,\\d{2,4})*$', description: 'CAMEO codes or roots, comma-separated; each matches itself and the codes below it (02 = all of root 02).' })),
  plover: Type.Optional(Type.String({ pattern: '^[A-Za-z]+(,[A-Za-z]+)*$', description: `PLOVER types, comma-separated (${PLOVER_TYPES.join(', ')}).` })),
  quad_class: Type.Optional(Type.String({ pattern: '^[1-4](,[1-4])*$', description: 'Quad classes, comma-separated: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.' })),
  from: isoDate('First day, YYYY-MM-DD, inclusive.'),
  to: isoDate('Last day, YYYY-MM-DD, inclusive.'),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Full-text search in the evidence sentences: words (all must occur), "quoted phrases", prefix*.' })),
  story: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Only the events of this story id.' })),
};

/** Query of `GET /api/events`. */
export const EventsQuery = Type.Object({
  ...filterProperties,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 100, description: `Events per page (1–${MAX_PAGE}).` })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'The `next` value of the previous page.' })),
  sort: Type.Optional(oneOf(EVENT_SORTS, { default: '-date', description: 'date or id (insertion order); prefix - for descending.' })),
}, { additionalProperties: false });
export type EventsQuery = Static<typeof EventsQuery>;

/** Query of `GET /api/series`. */
export const SeriesQuery = Type.Object({
  ...filterProperties,
  interval: Type.Optional(oneOf(SERIES_INTERVALS, { default: 'month', description: 'Period length; a week starts on Monday.' })),
}, { additionalProperties: false });
export type SeriesQuery = Static<typeof SeriesQuery>;

/** Query of `GET /api/network`. */
export const NetworkQuery = Type.Object({
  ...filterProperties,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_NETWORK_NODES, default: 50, description: `Top actors to return (1–${MAX_NETWORK_NODES}).` })),
}, { additionalProperties: false });
export type NetworkQuery = Static<typeof NetworkQuery>;

/** Query of `GET /api/actors`. */
export const ActorsQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Code prefix or part of the name (case-insensitive); empty for all.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ACTORS, default: 50, description: `Actors to return (1–${MAX_ACTORS}).` })),
}, { additionalProperties: false });
export type ActorsQuery = Static<typeof ActorsQuery>;

/** Export formats. */
export const EXPORT_FORMATS = ['jsonl', 'tsv', 'csv'] as const;

/** Query of `GET /api/export`. */
export const ExportQuery = Type.Object({
  ...filterProperties,
  format: Type.Optional(oneOf(EXPORT_FORMATS, { default: 'jsonl', description: 'jsonl (the JSONL contract), tsv (the column order of `lucca code --format tsv`) or csv (the same columns).' })),
  sort: Type.Optional(oneOf(EVENT_SORTS, { default: 'id', description: 'Row order.' })),
}, { additionalProperties: false });
export type ExportQuery = Static<typeof ExportQuery>;

/** Path parameter `:id`. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 2000 }) });
export type IdParams = Static<typeof IdParams>;

/** Body of `POST /api/code`. */
export const CodeBody = Type.Object({
  text: Type.String({ minLength: 1, description: 'The story text (plain text).' }),
  date: isoDate('Story date; when absent, a dateline in the first lines is used, as `lucca code` does.'),
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Story id for the records (default "text").' })),
  title: Type.Optional(Type.String({ maxLength: 1000 })),
}, { additionalProperties: false });
export type CodeBody = Static<typeof CodeBody>;

const ActorRecordSchema = Type.Object({
  text: Type.String(), code: Type.String(), country: nullable(Type.String()), agents: Type.Array(Type.String()),
  org: nullable(Type.String()), name: nullable(Type.String()), kind: Type.String(), start: Type.Integer(), end: Type.Integer(),
  resolved_from: Type.Optional(Type.Object({
    sentence_index: Type.Integer(), text: Type.String(), how: Type.Union([Type.Literal('pronoun'), Type.Literal('description'), Type.Literal('speaker')]),
  })),
});

/** One event record: the JSONL contract. */
export const EventRecordSchema = Type.Object({
  id: Type.String(),
  story_id: Type.String(),
  sentence_index: Type.Integer(),
  sentence: Type.String(),
  date: nullable(Type.String()),
  source: ActorRecordSchema,
  target: nullable(ActorRecordSchema),
  cameo: Type.Object({ code: Type.String(), root: Type.String(), label: Type.String(), goldstein: Type.Number(), quad_class: Type.Integer() }),
  plover: Type.Object({ type: Type.String(), mode: nullable(Type.String()) }),
  trigger: Type.Object({ text: Type.String(), start: Type.Integer(), end: Type.Integer() }),
  negated: Type.Boolean(),
  modality: Type.String(),
  confidence: Type.Number(),
}, { $id: 'EventRecord', description: 'One coded event, exactly as `lucca code --format jsonl` writes it.' });

const eventRef = Type.Unsafe({ $ref: 'EventRecord#' });

/** Response of `GET /api/events`. */
export const EventPageSchema = Type.Object({
  events: Type.Array(eventRef),
  next: nullable(Type.String({ description: 'Cursor of the next page; null on the last page.' })),
});

/** Response of `GET /api/stories/:id`. */
export const StorySchema = Type.Object({
  id: Type.String(), text: Type.String(), date: nullable(Type.String()), title: nullable(Type.String()), url: nullable(Type.String()),
  outlet: nullable(Type.String()), origin: nullable(Type.String()), hash: Type.String(), added_at: Type.String(),
  sentences: Type.Array(Type.Object({ index: Type.Integer(), offset: Type.Integer({ description: 'Character offset in text; add it to an event span for offsets in text.' }), text: Type.String() })),
  events: Type.Array(eventRef),
});

const CountAndMean = Type.Object({ count: Type.Integer(), goldstein: nullable(Type.Number()) });

/** Response of `GET /api/series`. */
export const SeriesSchema = Type.Object({
  interval: Type.String(),
  points: Type.Array(Type.Object({
    period: Type.String(), count: Type.Integer(), goldstein: nullable(Type.Number()),
    quad_class: Type.Object({ 1: CountAndMean, 2: CountAndMean, 3: CountAndMean, 4: CountAndMean }),
  })),
});

/** Response of `GET /api/network`. */
export const NetworkSchema = Type.Object({
  nodes: Type.Array(Type.Object({
    code: Type.String(), name: nullable(Type.String()), country: nullable(Type.String()), kind: nullable(Type.String()),
    out: Type.Integer(), in: Type.Integer(),
  })),
  edges: Type.Array(Type.Object({ source: Type.String(), target: Type.String(), count: Type.Integer(), goldstein: nullable(Type.Number()) })),
});

/** Response of `GET /api/actors`. */
export const ActorsSchema = Type.Object({
  actors: Type.Array(Type.Object({
    code: Type.String(), name: nullable(Type.String()), country: nullable(Type.String()), kind: nullable(Type.String()),
    events: Type.Integer(), as_source: Type.Integer(), as_target: Type.Integer(),
  })),
});

/** Response of `POST /api/code`. */
export const CodeResultSchema = Type.Object({
  story_id: Type.String(),
  sentences: Type.Integer(),
  warnings: Type.Array(Type.String()),
  events: Type.Array(eventRef),
});

/** Body of every error response. */
export const ErrorSchema = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  parameter: Type.Optional(Type.String({ description: 'The request parameter the error is about.' })),
});
