/**
 * @module web/components/network-legend
 * The colours of the network and their key (kept out of the sigma chunk so the key shows before the
 * graph loads).
 */

/** Node colours by actor kind. */
export const KIND_COLORS: Record<string, string> = { state: '#1f5f8b', igo: '#7b3294', ngo: '#2e7d32', person: '#b8860b', group: '#6d6d6d' };

/** Edge colours by mean Goldstein value. */
export const EDGE_COLORS = { cooperative: '#4a90c2', hostile: '#d0574a', neutral: '#a0a0a0' };

/** Node and edge colours of the network. */
export function NetworkLegend() {
  return (
    <p className="legend network-legend">
      {Object.entries(KIND_COLORS).map(([kind, color]) => (
        <span key={kind}><span className="dot" style={{ background: color }} aria-hidden="true" />{kind}</span>
      ))}
      <span><span className="line" style={{ background: EDGE_COLORS.cooperative }} aria-hidden="true" />cooperative</span>
      <span><span className="line" style={{ background: EDGE_COLORS.hostile }} aria-hidden="true" />hostile</span>
    </p>
  );
}
