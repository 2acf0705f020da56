/**
 * @module web/components/chunks
 * The chart libraries, each in a chunk of its own loaded on demand (once): ECharts for the timeline,
 * sigma + graphology for the network.
 */

let timeline: Promise<typeof import('./timeline-chart')> | undefined;
let network: Promise<typeof import('./network-graph')> | undefined;

/** The timeline chart module (ECharts). */
export function loadTimelineChart() {
  timeline ??= import('./timeline-chart');
  return timeline;
}

/** The network graph module (sigma + graphology). */
export function loadNetworkGraph() {
  network ??= import('./network-graph');
  return network;
}
