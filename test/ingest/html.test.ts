import { errorOf } from '../helpers.js';
import { describe, it, expect } from 'vitest';
import { readHtmlStory } from '../../src/ingest/html.js';

const meta = { id: 'page', date: '2000-01-01', origin: 'page.html' };

const PARAGRAPHS = [
  'Egyptian Foreign Minister Samir Fawzy met his Ethiopian counterpart in Kampala on Monday.',
  'Egypt accused Ethiopia of filling the reservoir without consulting downstream countries.',
  'The African Union urged both governments to reach a binding agreement before the rainy season.',
];

function page(head: string, article: string): string {
  return `<!DOCTYPE html><html><head><title>Nile talks resume | Demo Wire</title>${head}</head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
    <main><article><h1>Nile talks resume</h1>${article}</article></main>
    <footer><p>Copyright Demo Wire. All rights reserved.</p></footer></body></html>`;
}


describe('readHtmlStory', () => {
  it('keeps the article paragraphs, separated by blank lines, and drops the clutter', () => {
    const html = page('', PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n'));
    const story = readHtmlStory(html, meta);
    expect(story.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(story.title).toBe('Nile talks resume');
    expect(story.id).toBe('page');
    expect(story.origin).toBe('page.html');
  });

  it('makes list items, quotes and headings paragraphs of their own, without duplicates', () => {
    const html = page(
      '',
      `<p>${PARAGRAPHS[0]}</p><h2>Reactions</h2><blockquote><p>“We want a fair deal,” the minister said.</p></blockquote>` +
        `<ul><li>Sudan called for calm.</li><li>Kenya offered to mediate.</li></ul><p>${PARAGRAPHS[1]} <b>Talks</b> <i>continue</i>.</p>`,
    );
    expect(readHtmlStory(html, meta).text).toBe(
      [PARAGRAPHS[0], 'Reactions', '“We want a fair deal,” the minister said.', 'Sudan called for calm.', 'Kenya offered to mediate.', `${PARAGRAPHS[1]} Talks continue.`].join('\n\n'),
    );
  });

  it('still finds the article in broken HTML with unclosed tags', () => {
    const html = `<html><head><title>Nile talks</title><body><div class="story"><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<b>
      <p>${PARAGRAPHS[2]}<div><span>Unclosed <a href="/x">link`;
    const story = readHtmlStory(html, meta);
    for (const paragraph of PARAGRAPHS) expect(story.text).toContain(paragraph);
  });

  it('reads a truncated page', () => {
    const full = page('', PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''));
    const cut = full.slice(0, full.indexOf(PARAGRAPHS[2]) + 40);
    const story = readHtmlStory(cut, meta);
    expect(story.text).toContain(PARAGRAPHS[1]);
  });

  it('reads a bare fragment without <html>', () => {
    const story = readHtmlStory(PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''), meta);
    expect(story.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('decodes entities and cleans whitespace', () => {
    const html = page('', `<p>Egypt&nbsp;and   Ethiopia &amp; Sudan\n met &ldquo;again&rdquo; in Kampala on Monday for talks.</p>`);
    expect(readHtmlStory(html, meta).text).toBe('Egypt and Ethiopia & Sudan met “again” in Kampala on Monday for talks.');
  });

  it('takes the date from article:published_time, then meta date, then <time>, then the given date', () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const published = '<meta property="article:published_time" content="2024-02-19T14:30:00+02:00">';
    const named = '<meta name="date" content="20240218">';
    const time = '<time datetime="2024-02-17">17 February</time>';
    expect(readHtmlStory(page(published + named, time + body), meta).date).toBe('2024-02-19');
    expect(readHtmlStory(page(named, time + body), meta).date).toBe('2024-02-18');
    expect(readHtmlStory(page('', `<p>${time}</p>` + body), meta).date).toBe('2024-02-17');
    expect(readHtmlStory(page('', body), meta).date).toBe('2000-01-01');
    expect(readHtmlStory(page('', body), { ...meta, date: null }).date).toBeNull();
  });

  it('takes the URL from the options, else the canonical link, and the outlet from og:site_name', () => {
    const head = '<link rel="canonical" href="https://demo.invalid/a"><meta property="og:site_name" content="Demo Wire">';
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const story = readHtmlStory(page(head, body), meta);
    expect(story.url).toBe('https://demo.invalid/a');
    expect(story.outlet).toBe('Demo Wire');
    expect(readHtmlStory(page(head, body), { ...meta, url: 'https://demo.invalid/b' }).url).toBe('https://demo.invalid/b');
  });

  it('reports INPUT_NO_ARTICLE, naming the file, when there is no article', () => {
    const error = errorOf(() =>
      readHtmlStory('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>', meta),
    );
    expect(error.code).toBe('INPUT_NO_ARTICLE');
    expect(error.file).toBe('page.html');
    expect(errorOf(() => readHtmlStory('', meta)).code).toBe('INPUT_NO_ARTICLE');
    expect(errorOf(() => readHtmlStory('<p>Too short.</p>', meta)).code).toBe('INPUT_NO_ARTICLE');
  });
});
