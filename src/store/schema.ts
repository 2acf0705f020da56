/**
 * @module store/schema
 * The SQLite schema, as the migrations build it. Every field of an event record has a column (for queries
 * and indexes) and the record is also kept whole as JSON (`events.record`), so reads return exactly the
 * JSONL contract.
 */

/** Schema version 1: stories, sentences (+ FTS5), events, actors, and the indexes the queries use. */
export const SCHEMA_V1 = `
CREATE TABLE stories (
  pk             INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  hash           TEXT NOT NULL UNIQUE,
  date           TEXT,
  title          TEXT,
  url            TEXT,
  outlet         TEXT,
  origin         TEXT,
  text           TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  event_count    INTEGER NOT NULL,
  warnings       TEXT NOT NULL DEFAULT '[]',
  added_at       TEXT NOT NULL,
  coded_at       TEXT NOT NULL
);

CREATE TABLE sentences (
  pk          INTEGER PRIMARY KEY,
  story_pk    INTEGER NOT NULL REFERENCES stories(pk),
  idx         INTEGER NOT NULL,
  char_offset INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (story_pk, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='sentences', content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;

CREATE TABLE events (
  pk              INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  story_pk        INTEGER NOT NULL REFERENCES stories(pk),
  sentence_pk     INTEGER NOT NULL REFERENCES sentences(pk),
  story_id        TEXT NOT NULL,
  sentence_index  INTEGER NOT NULL,
  -- '' when the event has no date, so that date order and date ranges need no NULL handling.
  date            TEXT NOT NULL,
  source_code     TEXT NOT NULL,
  source_country  TEXT,
  source_agents   TEXT NOT NULL,
  source_org      TEXT,
  source_name     TEXT,
  source_kind     TEXT NOT NULL,
  source_text     TEXT NOT NULL,
  source_start    INTEGER NOT NULL,
  source_end      INTEGER NOT NULL,
  target_code     TEXT,
  target_country  TEXT,
  target_agents   TEXT,
  target_org      TEXT,
  target_name     TEXT,
  target_kind     TEXT,
  target_text     TEXT,
  target_start    INTEGER,
  target_end      INTEGER,
  cameo_code      TEXT NOT NULL,
  cameo_root      TEXT NOT NULL,
  cameo_label     TEXT NOT NULL,
  goldstein       REAL NOT NULL,
  quad_class      INTEGER NOT NULL,
  plover_type     TEXT NOT NULL,
  plover_mode     TEXT,
  trigger_text    TEXT NOT NULL,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  negated         INTEGER NOT NULL,
  modality        TEXT NOT NULL,
  confidence      REAL NOT NULL,
  record          TEXT NOT NULL
);

CREATE INDEX events_date        ON events(date);
-- Actor and dyad indexes also cover what series need (quad class, Goldstein), so series never read rows.
CREATE INDEX events_source      ON events(source_code, date, quad_class, goldstein);
CREATE INDEX events_target      ON events(target_code, date, quad_class, goldstein);
CREATE INDEX events_dyad        ON events(source_code, target_code, date, quad_class, goldstein);
CREATE INDEX events_source_cty  ON events(source_country, date);
CREATE INDEX events_target_cty  ON events(target_country, date);
CREATE INDEX events_cameo       ON events(cameo_code, date);
CREATE INDEX events_plover      ON events(plover_type, date);
CREATE INDEX events_quad        ON events(quad_class, date);
CREATE INDEX events_story       ON events(story_pk, sentence_index);
CREATE INDEX events_sentence    ON events(sentence_pk);

CREATE TABLE actors (
  code      TEXT PRIMARY KEY,
  name      TEXT,
  country   TEXT,
  kind      TEXT,
  as_source INTEGER NOT NULL DEFAULT 0,
  as_target INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_events ON actors(as_source + as_target);
`;
