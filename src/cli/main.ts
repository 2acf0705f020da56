#!/usr/bin/env node
/**
 * @module cli/main
 * The `lucca` command. Only this folder talks to the terminal; errors become messages and exit codes.
 */
import { Command } from 'commander';
import { LuccaError } from '../model/errors.js';
import { runCode } from './code.js';
import { runEval } from './eval.js';
import { runExplain } from './explain.js';

const io = { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) };
const collect = (v: string, prev: string[] = []) => [...prev, v];

async function main(argv: string[]): Promise<number> {
  let exit = 0;
  const program = new Command();
  program.name('lucca').description('Who did what to whom: code news text into CAMEO and PLOVER events.').version('0.1.0');

  program.command('code')
    .description('code stories (.txt, .html, .jsonl files or directories; - for stdin) into events')
    .argument('[inputs...]', 'files or directories')
    .option('-f, --format <format>', 'table | jsonl | tsv | plover', 'jsonl')
    .option('--date <YYYY-MM-DD>', 'story date for plain text without a dateline')
    .option('--dict <dir>', 'extra dictionary directory (repeatable)', collect)
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .option('--keep-negated', 'keep events whose verb is negated (marked negated)')
    .option('--targetless', 'keep events that have no target (target: null); by default events are dyadic')
    .action(async (inputs: string[], o) => { exit = await runCode(inputs, { ...o, dictFormat: o.dictFormat }, io); });

  program.command('explain')
    .description('show how a sentence is tokenized, chunked and coded')
    .argument('<text...>', 'the sentence(s)')
    .option('--date <YYYY-MM-DD>', 'story date')
    .option('--dict <dir>', 'extra dictionary directory (repeatable)', collect)
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .action(async (text: string[], o) => { exit = await runExplain(text.join(' '), o, io); });

  program.command('eval')
    .description('score the coder against gold data (PETRARCH XML or Lucca JSONL)')
    .argument('<gold>', 'gold file')
    .option('--dict <dir>', 'dictionary directory (repeatable)', collect)
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .option('--json', 'print the report as JSON')
    .option('--level <level>', 'exact codes; root: principal actors (country/organisation) and CAMEO root; plover: principal actors and PLOVER type', 'exact')
    .option('--failures <n>', 'list at most n failures', '20')
    .option('--targetless', 'keep events that have no target (target: null); by default events are dyadic')
    .action(async (gold: string, o) => { exit = await runEval(gold, o, io); });

  program.command('ingest')
    .description('code stories (.txt, .html, .jsonl, RSS/Atom/JSON feeds, PETRARCH XML; files or directories) into a SQLite database')
    .argument('[inputs...]', 'files or directories; - for stdin')
    .option('--db <file>', 'database file', 'lucca.db')
    .option('--recode', 'recode every stored story (after a dictionary change)')
    .option('--date <YYYY-MM-DD>', 'story date for plain text without a dateline')
    .option('--dict <dir>', 'extra dictionary directory (repeatable)', collect)
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .option('--batch-size <n>', 'stories per transaction', '200')
    .option('--targetless', 'keep events that have no target (target: null); by default events are dyadic')
    .action(async (inputs: string[], o) => {
      // Loaded on use: the store and the HTTP stack need not slow down the other commands.
      const { runIngest } = await import('./ingest.js');
      exit = await runIngest(inputs, o, { ...io, progress: { write: io.err, stream: process.stderr, isTTY: process.stderr.isTTY === true } });
    });

  program.command('serve')
    .description('serve the HTTP API (and /docs) over a database')
    .option('--db <file>', 'database file', 'lucca.db')
    .option('--port <port>', 'port', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--dict <dir>', 'extra dictionary directory for POST /api/code (repeatable)', collect)
    .option('--targetless', 'POST /api/code keeps events that have no target')
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .action(async (o) => {
      const { runServe } = await import('./serve.js');
      exit = await runServe(o, io);
    });

  const dict = program.command('dict').description('work with dictionaries');
  dict.command('check')
    .description('validate a dictionary directory (default: the built-in data) and report every bad entry with file and line')
    .argument('[dir]', 'dictionary directory')
    .option('--dict-format <format>', 'lucca | petrarch', 'lucca')
    .option('--strict', 'exit 1 on warnings too')
    .option('--json', 'print the findings as JSON')
    .action(async (dir: string | undefined, o) => {
      const { runDictCheck } = await import('./dict.js');
      exit = runDictCheck(dir, o, io);
    });

  await program.parseAsync(argv);
  return exit;
}

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof LuccaError) {
      process.stderr.write(`lucca: ${e.describe()}\n`);
      process.exitCode = e.code === 'OPTION_INVALID' ? 2 : 1;
    } else {
      process.stderr.write(`lucca: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    }
  },
);
