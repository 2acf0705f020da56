/**
 * @module web/components/network-graph
 * The sigma + graphology side of the actor network, loaded on demand (its own chunk): nodes sized by
 * their events and coloured by kind, directed edges weighed by events and coloured by mean Goldstein
 * (blue cooperative, red hostile), laid out by ForceAtlas2 once per network.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { Network } from '../api/types';
import { EDGE_COLORS, KIND_COLORS } from './network-legend';

/** A drawn network. */
export interface NetworkGraph {
  /** Draw a network (replaces what was drawn); `selected` codes are drawn highlighted. Throws without WebGL. */
  update(network: Network, selected: readonly string[]): void;
  /** Where a node is drawn, in pixels from the container's top left (null when it is not drawn). */
  position(code: string): { x: number; y: number } | null;
  dispose(): void;
}

function edgeColor(goldstein: number | null): string {
  if (goldstein !== null && goldstein > 1) return EDGE_COLORS.cooperative;
  if (goldstein !== null && goldstein < -1) return EDGE_COLORS.hostile;
  return EDGE_COLORS.neutral;
}

/** Fill `graph` with a network and lay it out. */
function fill(graph: Graph, network: Network): void {
  graph.clear();
  const n = network.nodes.length;
  const max = Math.max(1, ...network.nodes.map((a) => a.out + a.in));
  network.nodes.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    graph.addNode(a.code, {
      label: a.code,
      x: Math.cos(angle),
      y: Math.sin(angle),
      size: 3 + 9 * Math.sqrt((a.out + a.in) / max),
      color: KIND_COLORS[a.kind ?? ''] ?? KIND_COLORS.group,
    });
  });
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.count));
  for (const e of network.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    graph.mergeEdge(e.source, e.target, { size: 1 + 4 * Math.sqrt(e.count / maxEdge), color: edgeColor(e.goldstein), weight: e.count });
  }
  if (graph.order > 2) {
    forceAtlas2.assign(graph, { iterations: 120, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 12, gravity: 0.6, outboundAttractionDistribution: true } });
  }
}

/**
 * Draw into `el` (it needs a size); `onNode` is called with the code of a clicked node. The renderer is
 * made at the first {@link NetworkGraph.update}, with the graph already filled, so that the first frame
 * is the real one.
 */
export function createNetworkGraph(el: HTMLElement, onNode: (code: string) => void): NetworkGraph {
  const graph = new Graph({ type: 'directed', multi: false });
  let selected = new Set<string>();
  let hovered: string | null = null;
  let renderer: Sigma | null = null;

  const start = (): Sigma => {
    const r = new Sigma(graph, el, {
      renderEdgeLabels: false,
      defaultEdgeType: 'arrow',
      labelDensity: 0.8,
      labelRenderedSizeThreshold: 5,
      stagePadding: 20,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      zIndex: true,
      nodeReducer: (node, data) => {
        const out = { ...data };
        if (selected.has(node)) {
          out.highlighted = true;
          out.zIndex = 2;
        }
        if (hovered && hovered !== node && !graph.areNeighbors(hovered, node)) {
          out.color = '#d8d8d8';
          out.label = '';
        }
        return out;
      },
      edgeReducer: (edge, data) => (hovered && !graph.hasExtremity(edge, hovered) ? { ...data, hidden: true } : data),
    });
    r.on('clickNode', ({ node }) => onNode(node));
    r.on('enterNode', ({ node }) => {
      hovered = node;
      el.style.cursor = 'pointer';
      r.refresh({ skipIndexation: true });
    });
    r.on('leaveNode', () => {
      hovered = null;
      el.style.cursor = '';
      r.refresh({ skipIndexation: true });
    });
    return r;
  };

  return {
    update(network, codes) {
      selected = new Set(codes);
      hovered = null;
      fill(graph, network);
      if (renderer) renderer.refresh();
      else renderer = start();
    },
    position(code) {
      if (!renderer || !graph.hasNode(code)) return null;
      const { x, y } = graph.getNodeAttributes(code) as { x: number; y: number };
      return renderer.graphToViewport({ x, y });
    },
    dispose: () => renderer?.kill(),
  };
}
