/**
 * @module ingest
 * The ingest stage: files, directories and stdin in; clean `Story` records (or typed errors) out.
 */
export { decodeText, firstInvalidUtf8, isBlank } from './decode.js';
export { normaliseWhitespace } from './whitespace.js';
export { normaliseDate, findDate, inferDateline } from './dates.js';
export { readTextStory, findTitle, type StoryMeta } from './text.js';
export { readHtmlStory, parseDocument, type HtmlMeta } from './html.js';
export { blockText } from './html-text.js';
export { readJsonlStories, readJsonlLines, type JsonlOptions, type JsonlItem } from './jsonl.js';
export { readInputs, STDIN_ID, STDIN_PATH, type ReadInputsOptions, type InputItem } from './read-input.js';
export { walkInputDirectory, unreadable, INPUT_EXTENSIONS, type WalkItem } from './walk.js';
export { looksLikeFeed, readFeedStories, type FeedItem } from './feeds.js';
