import { describe, expect, it } from 'vitest';
import { createTokenizer, nounLemma, unwrapSoftBreaks } from '../../src/text/index.js';

const tokenize = createTokenizer();

describe('tokenizer', () => {
  it('gives character offsets that point back into the sentence text', () => {
    const text = 'Headline here\n\nRussia  urged Iran to talk. “We refuse,” Iran said.';
    const { sentences } = tokenize(text);
    for (const s of sentences) {
      expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      s.words.forEach((w, i) => expect(s.text.slice(s.starts[i], s.ends[i])).toBe(w));
    }
  });

  it('treats a line break as a sentence boundary unless it is a soft wrap', () => {
    const { sentences } = tokenize('G7 hopes to restore ties\nForeign ministers met.\nArnor is about to restore ties with Gondor almost\nfive years later.');
    expect(sentences.map((s) => s.words[0])).toEqual(['G7', 'Foreign', 'Arnor']);
    expect(sentences[2].words).toContain('five');
  });

  it('keeps the text length when unwrapping soft breaks', () => {
    const t = 'ties with Gondor almost\nfive years';
    expect(unwrapSoftBreaks(t)).toHaveLength(t.length);
    expect(unwrapSoftBreaks(t)).not.toContain('\n');
    expect(unwrapSoftBreaks('A headline\nThe body.')).toContain('\n');
  });

  it('survives tokens the tagger leaves without a lemma', () => {
    // A sentence-final "cannot" comes back from wink-nlp with no lemma.
    const { sentences } = tokenize('A new law lets the government step in when state and federal authorities cannot.\n\nThe president agreed.');
    expect(sentences[0].lemmas.every((l) => typeof l === 'string')).toBe(true);
  });

  it('sets over-long sentences aside instead of analysing them', () => {
    const long = Array.from({ length: 400 }, () => 'word').join(' ');
    const { sentences, oversize } = createTokenizer({ maxTokens: 100 })(`Short one. ${long}`);
    expect(sentences).toHaveLength(1);
    expect(oversize).toHaveLength(1);
    expect(oversize[0].tokens).toBeGreaterThan(100);
  });

  it('singularises plural nouns the lemmatiser left alone', () => {
    expect(nounLemma('airstrikes', 'airstrikes', 'NOUN')).toBe('airstrike');
    expect(nounLemma('militias', 'militias', 'NOUN')).toBe('militia');
    expect(nounLemma('parties', 'parties', 'NOUN')).toBe('party');
    expect(nounLemma('paris', 'paris', 'PROPN')).toBe('paris');
    expect(nounLemma('urged', 'urged', 'VERB')).toBe('urged');
  });
});
