/**
 * @module web/components/network
 * The actor network panel (`/api/network`, the top 50 actors of the filter): a sigma graph where
 * clicking an actor filters on it, and the same actors as a list of buttons for keyboards and screen
 * readers (and for browsers without WebGL).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Network as NetworkData } from '../api/types';
import type { ApiState } from '../api/use-api';
import { NetworkLegend } from './network-legend';
import { loadNetworkGraph } from './chunks';
import type { NetworkGraph } from './network-graph';

/** Props of {@link Network}. */
export interface NetworkProps {
  network: ApiState<NetworkData>;
  /** Actor codes of the current filter (drawn highlighted). */
  selected: readonly string[];
  onActor: (code: string) => void;
}

declare global {
  interface Window {
    /** Where an actor is drawn in the network (page pixels); the browser test clicks there. */
    luccaNetworkNode?: (code: string) => { x: number; y: number } | null;
  }
}

/** The network panel. */
export function Network({ network, selected, onActor }: NetworkProps) {
  const el = useRef<HTMLDivElement>(null);
  const graph = useRef<NetworkGraph | null>(null);
  const [failure, setFailure] = useState<string>();
  const [drawn, setDrawn] = useState(false);
  const onNode = useRef(onActor);
  onNode.current = onActor;
  const selectedKey = selected.join(',');
  // What to draw, for the draw that follows the library's arrival.
  const latest = useRef({ data: network.data, selectedKey });
  latest.current = { data: network.data, selectedKey };

  const draw = useCallback(() => {
    const { data, selectedKey: key } = latest.current;
    if (!graph.current || !data) return;
    try {
      graph.current.update(data, key ? key.split(',') : []);
      setDrawn(true);
    } catch (error) {
      graph.current = null;
      setFailure(`The network cannot be drawn in this browser (${error instanceof Error ? error.message : String(error)}); the actors are listed below.`);
    }
  }, []);

  useEffect(() => {
    let disposed = false;
    loadNetworkGraph().then(({ createNetworkGraph }) => {
      if (disposed || !el.current) return;
      graph.current = createNetworkGraph(el.current, (code) => onNode.current(code));
      draw();
    }, (error: unknown) => setFailure(`The network could not load (${String(error)}).`));
    window.luccaNetworkNode = (code) => {
      const p = graph.current?.position(code);
      const box = el.current?.getBoundingClientRect();
      return p && box ? { x: box.left + p.x, y: box.top + p.y } : null;
    };
    return () => {
      disposed = true;
      graph.current?.dispose();
      graph.current = null;
      delete window.luccaNetworkNode;
    };
  }, [draw]);

  useEffect(draw, [network.data, selectedKey, draw]);

  const nodes = network.data?.nodes ?? [];
  return (
    <section className="panel network" aria-labelledby="network-heading" aria-busy={network.loading} data-nodes={nodes.length} data-ready={drawn ? 'yes' : 'no'}>
      <div className="panel-head">
        <h2 id="network-heading">Actors</h2>
        <p className="muted">{network.data ? `top ${nodes.length} actors, ${network.data.edges.length} directed links; click one to filter` : 'loading…'}</p>
      </div>
      {network.error ? <p role="alert" className="error">{network.error}</p> : null}
      {failure ? <p role="alert" className="error">{failure}</p> : null}
      <div ref={el} className="graph" aria-hidden="true" />
      <NetworkLegend />
      <details className="actor-list" open={failure !== undefined}>
        <summary>The actors as a list</summary>
        <ol>
          {nodes.map((a) => (
            <li key={a.code}>
              <button type="button" className="link" onClick={() => onActor(a.code)} aria-pressed={selected.includes(a.code)}>
                <code>{a.code}</code> {a.name ?? ''}
              </button>{' '}
              <span className="muted">{a.out} as source, {a.in} as target</span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
