// The timeline strip's strings, both languages; they travel in the strip's lazy chunk.
import { useAppStore } from '../useAppStore';

const bn = {
  label: 'সময়রেখা',
  sliderLabel: 'সময়রেখা: কমান্ডের পরের অবস্থাগুলো (← → দিয়ে সরুন)',
  start: 'শুরু',
  point: '{n}. {command}',
  undo: 'পূর্বাবস্থা',
  undoTitle: 'শেষ কমান্ডের আগের অবস্থায় ফিরুন (Ctrl+Z)',
  redo: 'পুনরায়',
  redoTitle: 'পরের কমান্ডের পরের অবস্থায় যান (Ctrl+Shift+Z)',
  fork: 'এখান থেকে নতুন পথ',
  forkTitle: 'এর পরের কমান্ডগুলো মুছে এখান থেকে আবার শুরু করুন',
  behind: 'অতীতে আছেন: নতুন কমান্ড দিলে পরের অংশ মুছে যাবে',
  busy: 'একটি কমান্ড এখনো চলছে: আগে Ctrl+C দিয়ে থামান',
  position: '{current} / {total}',
};

export type TimelineStrings = typeof bn;

const en: TimelineStrings = {
  label: 'Timeline',
  sliderLabel: 'Timeline: the state after each command (move with ← →)',
  start: 'Start',
  point: '{n}. {command}',
  undo: 'Undo',
  undoTitle: 'Back to before the last command (Ctrl+Z)',
  redo: 'Redo',
  redoTitle: 'Forward to after the next command (Ctrl+Shift+Z)',
  fork: 'Branch from here',
  forkTitle: 'Drop the commands after this point and continue from here',
  behind: 'You are in the past: a new command drops what comes after',
  busy: 'A command is still running: stop it with Ctrl+C first',
  position: '{current} / {total}',
};

export const TIMELINE_STRINGS = { bn, en };

export function useTimelineStrings(): TimelineStrings {
  return TIMELINE_STRINGS[useAppStore((state) => state.ui.lang)];
}

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
