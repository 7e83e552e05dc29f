// Placeholder for the d3 views: for now, the most recent simulation events.
import { useAppStore, useStrings } from './useAppStore';

const SHOWN_EVENTS = 12;

export function ViewsPanel() {
  const t = useStrings();
  const events = useAppStore((state) => state.events);
  const recent = events.slice(-SHOWN_EVENTS).reverse();
  return (
    <div className="views">
      <p className="views-placeholder">{t.viewsPlaceholder}</p>
      <h3>{t.recentEvents}</h3>
      {recent.length === 0 ? (
        <p className="views-empty">{t.noEvents}</p>
      ) : (
        <ul className="event-list">
          {recent.map(({ seq, event }) => (
            <li key={seq}>
              <code>{event.type}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
