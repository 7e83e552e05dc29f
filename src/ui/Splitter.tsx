// The handle between two open panels: drag it, or focus it and use the arrow keys.
import { useRef } from 'react';

interface SplitterProps {
  label: string;
  /** The left panel's share of the pair, 0–100: a focusable separator must say where it stands (ARIA). */
  value: number;
  /** Called when a drag starts; returns the function that applies a horizontal offset. */
  onStart: () => (dx: number) => void;
}

const KEY_STEP_PX = 24;

export function Splitter({ label, value, onStart }: SplitterProps) {
  const drag = useRef<{ x: number; apply: (dx: number) => void } | null>(null);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      tabIndex={0}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, apply: onStart() };
      }}
      onPointerMove={(e) => drag.current?.apply(e.clientX - drag.current.x)}
      onPointerUp={(e) => {
        e.currentTarget.releasePointerCapture(e.pointerId);
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onStart()(-KEY_STEP_PX);
        else if (e.key === 'ArrowRight') onStart()(KEY_STEP_PX);
      }}
    />
  );
}
