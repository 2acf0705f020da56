import { describe, it, expect } from 'vitest';
import { normaliseWhitespace, readTextStory } from '../../src/ingest/text.js';
import { LuccaError } from '../../src/model/errors.js';

const meta = { id: 's1', date: '2024-03-12', origin: 's1.txt' };

describe('normaliseWhitespace', () => {
  it('collapses spaces and tabs and keeps paragraph breaks', () => {
    expect(normaliseWhitespace('  The   minister\t\tsaid.  \n\n\n\n  Next  paragraph. ')).toBe(
      'The minister said.\n\nNext paragraph.',
    );
  });

  it('turns whitespace-only lines into a single paragraph break', () => {
    expect(normaliseWhitespace('One.\n \t \n  \nTwo.')).toBe('One.\n\nTwo.');
  });

  it('keeps single line breaks', () => {
    expect(normaliseWhitespace('A wrapped\nline.')).toBe('A wrapped\nline.');
  });

  it('strips zero-width characters and turns NBSP into a space', () => {
    expect(normaliseWhitespace('Foreign\u00a0Minister Sa\u200bto met\u202fLee\ufeff.')).toBe('Foreign Minister Sato met Lee.');
  });

  it('normalises CRLF and CR', () => {
    expect(normaliseWhitespace('a\r\n\r\nb\rc')).toBe('a\n\nb\nc');
  });
});

describe('readTextStory', () => {
  it('takes a short first line followed by a blank line as the title and keeps it in the text', () => {
    const story = readTextStory('NATO to deploy troops\n\n7 June 2024\n\nNATO will deploy troops.', meta);
    expect(story).toEqual({
      id: 's1',
      title: 'NATO to deploy troops',
      text: 'NATO to deploy troops\n\n7 June 2024\n\nNATO will deploy troops.',
      date: '2024-03-12',
      origin: 's1.txt',
    });
  });

  it('takes no title when the first line ends with a period', () => {
    expect(readTextStory('The minister met the envoy.\n\nThey talked.', meta).title).toBeUndefined();
  });

  it('takes no title when no blank line follows', () => {
    expect(readTextStory('Headline\nThe minister met the envoy.', meta).title).toBeUndefined();
  });

  it('takes no title from a long first line', () => {
    expect(readTextStory(`${'word '.repeat(50)}\n\nBody.`, meta).title).toBeUndefined();
  });

  it('rejects a story that is empty after cleaning', () => {
    expect(() => readTextStory(' \u200b\n\n ', meta)).toThrow(LuccaError);
  });
});
