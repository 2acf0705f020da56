/**
 * @module web/main
 * Entry point of the dashboard: a small module that asks the API for the first page of events (for the
 * URL's filter) before React and the app are even loaded. When the app's code has arrived it asks for
 * the aggregates (series, network), which the server computes while the browser renders the table, and
 * boots the app ({@link ./boot}), which waits a moment for the events so that its first render shows them.
 * (The server answers one request at a time: asking for the aggregates first would hold up the code.)
 */
import { aggregateUrls, firstViewUrls, prefetch } from './api/urls';
import { loadTimelineChart } from './components/chunks';
import { parseViewState } from './state/filters';
import './styles.css';

const view = parseViewState(window.location.search);
const answers = firstViewUrls(view).map((url) => prefetch(url).catch(() => {}));
const app = import('./boot');
void loadTimelineChart().catch(() => {});
const { boot } = await app;
for (const url of aggregateUrls(view)) void prefetch(url).catch(() => {});
boot(document.getElementById('root')!, answers);
