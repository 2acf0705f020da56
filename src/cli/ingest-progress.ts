/**
 * @module cli/ingest-progress
 * Progress of `lucca ingest`: a cli-progress bar with stories/s and ETA when stderr is a terminal,
 * plain log lines (one per committed batch) when it is not. Messages go above the bar.
 */
import cliProgress from 'cli-progress';

/** Running totals of an ingest. */
export interface IngestTotals {
  /** Stories read from the inputs. */
  read: number;
  added: number;
  duplicates: number;
  sentences: number;
  events: number;
  /** Files, lines, items or stories that could not be read, coded or stored. */
  skipped: number;
}

/** What the ingest command reports progress to. */
export interface Progress {
  /** Begin a phase with a total in `unit`s (bytes of input, or stories when recoding). */
  start(phase: string, total: number): void;
  /** The phase has reached `value` of its total. */
  update(value: number, totals: IngestTotals): void;
  /** A batch was committed. */
  committed(totals: IngestTotals): void;
  /** A message (an input error, a warning), printed above the bar. */
  log(message: string): void;
  stop(): void;
}

/** Where progress goes: stderr and whether it is a terminal. */
export interface ProgressSink {
  write: (s: string) => void;
  stream?: NodeJS.WritableStream;
  isTTY: boolean;
}

function rate(read: number, since: number): string {
  const seconds = (performance.now() - since) / 1000;
  return seconds > 0 ? (read / seconds).toFixed(0) : '0';
}

/** A progress reporter for `sink`: a bar on a terminal, log lines otherwise. */
export function createProgress(sink: ProgressSink): Progress {
  return sink.isTTY && sink.stream ? barProgress(sink.stream) : lineProgress(sink.write);
}

function barProgress(stream: NodeJS.WritableStream): Progress {
  const multi = new cliProgress.MultiBar({
    stream,
    format: '{phase} |{bar}| {percentage}% | {read} stories | {rate} stories/s | ETA {eta_formatted}',
    hideCursor: true,
    barsize: 20,
    clearOnComplete: false,
    etaBuffer: 50,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  let bar: cliProgress.SingleBar | null = null;
  let since = performance.now();
  let read = 0;
  return {
    start(phase, total) {
      bar?.stop();
      since = performance.now();
      read = 0;
      bar = multi.create(Math.max(total, 1), 0, { phase, read: 0, rate: '0' });
    },
    update(value, totals) {
      read = totals.read;
      bar?.update(value, { read, rate: rate(read, since) });
    },
    committed() {},
    log(message) {
      multi.log(message.endsWith('\n') ? message : message + '\n');
    },
    stop() {
      // A render flushes messages logged since the last one; stop() alone would drop them.
      multi.update();
      multi.stop();
    },
  };
}

function lineProgress(write: (s: string) => void): Progress {
  let since = performance.now();
  let phase = '';
  let total = 0;
  let value = 0;
  return {
    start(p, t) {
      phase = p;
      total = t;
      value = 0;
      since = performance.now();
    },
    update(v) {
      value = v;
    },
    committed(t) {
      const percent = total > 0 ? `, ${Math.min(100, Math.round((100 * value) / total))}%` : '';
      write(`lucca: ${phase}: ${t.read} stories read, ${t.added} added, ${t.duplicates} duplicates, ${t.events} events, ${rate(t.read, since)} stories/s${percent}\n`);
    },
    log(message) {
      write(message.endsWith('\n') ? message : message + '\n');
    },
    stop() {},
  };
}
