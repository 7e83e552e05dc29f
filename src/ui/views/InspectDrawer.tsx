// What clicking an element opens: the `docker inspect` output for it (or the simulation's record
// where Docker has no inspect), live over the current world. Escape or the button closes it.
import { useEffect, useMemo, useRef } from 'react';
import type { World } from '../../engine';
import type { InspectTarget } from '../../views/viewTypes';
import { useStrings } from '../useAppStore';
import { inspectText } from './inspectText';

interface Props {
  world: World;
  target: InspectTarget;
  label: string;
  onClose: () => void;
}

export function InspectDrawer({ world, target, label, onClose }: Props) {
  const t = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  const info = useMemo(() => inspectText(world, target), [world, target]);
  useEffect(() => heading.current?.focus(), [target]);
  return (
    <aside
      className="inspect-drawer"
      aria-label={info?.title ?? label}
      data-testid="inspect-drawer"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h4 ref={heading} tabIndex={-1} lang="en">
          {info?.title ?? label}
        </h4>
        <button type="button" onClick={onClose}>
          {t.viewsInspectClose}
        </button>
      </header>
      {info && !info.exact && <p className="inspect-note">{t.viewsInspectNotExact}</p>}
      {info ? (
        <pre className="inspect-json" lang="en" tabIndex={0}>
          {info.text}
        </pre>
      ) : (
        <p className="inspect-note">{t.viewsInspectGone}</p>
      )}
    </aside>
  );
}
