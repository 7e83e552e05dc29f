// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere outside the terminal and text fields: the terminal
// keeps its own keys (Ctrl+Z is a shell's suspend there) and inputs keep their own undo.
export type TimelineKey = 'undo' | 'redo' | null;

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function timelineKey(event: KeyLike, target: { closest?(selector: string): unknown } | null): TimelineKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (target?.closest?.('.terminal-host, .editor-overlay, input, textarea, select, [contenteditable="true"]')) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
