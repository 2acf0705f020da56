/**
 * @module text/01-tokenize
 * Sentences, tokens, lemmas and POS tags from wink-nlp, packed into Lucca's flat {@link Sentence} tables.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PosTag, Sentence } from '../model/story.js';

/** Options of the tokenizer. */
export interface TokenizerOptions {
  /** Sentences longer than this many tokens are not analysed further (reported by the pipeline). */
  maxTokens?: number;
}

/** A sentence too long to analyse: kept apart so the caller can report it. */
export interface OversizeSentence {
  index: number;
  offset: number;
  tokens: number;
}

/** What the tokenizer returns for one text. */
export interface TokenizedText {
  sentences: Sentence[];
  oversize: OversizeSentence[];
}

const TERMINAL = /[.!?:;"'”’)\]]\s*$/;

/**
 * Replace soft line wraps (a line that does not end a sentence followed by one that starts in lower case)
 * by spaces, keeping the text's length so offsets stay valid. Every other newline stays a hard boundary:
 * headlines, datelines and paragraphs are sentences of their own.
 */
export function unwrapSoftBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const chars = text.split('');
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') continue;
    const prevLine = text.slice(lineStart, i);
    const next = /^[ \t]*(\S)/.exec(text.slice(i + 1, i + 40));
    const nextChar = next ? next[1] : '';
    if (prevLine.trim() && !TERMINAL.test(prevLine) && nextChar && /\p{Ll}/u.test(nextChar)) chars[i] = ' ';
    lineStart = i + 1;
  }
  return chars.join('');
}

/**
 * Create the tokenizer stage: text in, sentences with tokens, lemmas, POS and character offsets out.
 * The wink-nlp model is loaded once per tokenizer.
 *
 * @example
 * const tokenize = createTokenizer();
 * const { sentences } = tokenize('Russia urged Iran to talk. Iran refused.');
 */
export function createTokenizer(options: TokenizerOptions = {}): (text: string) => TokenizedText {
  const maxTokens = options.maxTokens ?? 250;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;

  return function tokenize(text: string): TokenizedText {
    const prepared = unwrapSoftBreaks(text);
    const doc = nlp.readDoc(prepared);
    const tokens = doc.tokens();
    const words = tokens.out() as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as never) as unknown as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];

    // Character offsets: wink keeps every character (token values + preceding spaces).
    const starts = new Array<number>(words.length);
    let cursor = 0;
    for (let i = 0; i < words.length; i++) {
      cursor += spaces[i].length;
      const w = words[i];
      if (prepared.startsWith(w, cursor)) {
        starts[i] = cursor;
      } else {
        const found = prepared.indexOf(w, cursor);
        starts[i] = found >= 0 ? found : cursor;
      }
      cursor = starts[i] + w.length;
    }

    const spans = doc.sentences().out(its.span as never) as unknown as [number, number][];
    const sentences: Sentence[] = [];
    const oversize: OversizeSentence[] = [];
    for (const [first, last] of spans) {
      // Split further at newlines (hard boundaries) and drop whitespace tokens.
      let piece: number[] = [];
      const flush = () => {
        if (piece.length === 0) return;
        const index = sentences.length + oversize.length;
        if (piece.length > maxTokens) {
          oversize.push({ index, offset: starts[piece[0]], tokens: piece.length });
        } else {
          sentences.push(buildSentence(index, text, piece, words, pos, lemmas, starts, spaces));
        }
        piece = [];
      };
      for (let t = first; t <= last; t++) {
        if (/^\s+$/.test(words[t])) {
          if (words[t].includes('\n')) flush();
          continue;
        }
        piece.push(t);
      }
      flush();
    }
    return { sentences, oversize };
  };
}

function buildSentence(
  index: number, text: string, ids: number[], words: string[], pos: string[], lemmas: string[],
  starts: number[], spaces: string[],
): Sentence {
  const offset = starts[ids[0]];
  const lastId = ids[ids.length - 1];
  const endChar = starts[lastId] + words[lastId].length;
  const sentence: Sentence = {
    index,
    text: text.slice(offset, endChar),
    offset,
    words: [], lower: [], lemmas: [], pos: [], starts: [], ends: [], spaceBefore: [],
  };
  for (const id of ids) {
    const w = words[id];
    sentence.words.push(w);
    sentence.lower.push(w.toLowerCase());
    // wink-nlp leaves a few tokens without lemma or tag (e.g. a sentence-final "cannot"): fall back to the word.
    const tag = (pos[id] ?? 'X') as PosTag;
    sentence.lemmas.push(nounLemma((lemmas[id] ?? w).toLowerCase(), w.toLowerCase(), tag));
    sentence.pos.push(tag);
    sentence.starts.push(starts[id] - offset);
    sentence.ends.push(starts[id] - offset + w.length);
    sentence.spaceBefore.push(spaces[id].length > 0);
  }
  return sentence;
}

/**
 * wink-nlp leaves unknown plural nouns unlemmatised ("airstrikes", "Palestinians"): singularise them with
 * the regular English rules so patterns and dictionaries can be written in the singular.
 */
export function nounLemma(lemma: string, lower: string, pos: string): string {
  if ((pos !== 'NOUN' && pos !== 'PROPN') || lemma !== lower || lemma.length < 4) return lemma;
  if (!lemma.endsWith('s') || /(ss|us|is|ous)$/.test(lemma)) return lemma;
  if (lemma.endsWith('ies')) return lemma.slice(0, -3) + 'y';
  if (/(sh|ch|x|z|ss)es$/.test(lemma)) return lemma.slice(0, -2);
  return lemma.slice(0, -1);
}
