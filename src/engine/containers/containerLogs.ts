// Program output: one LogEntry per line for a container's main process (what `docker logs` and
// an attached client replay), or kept on the process itself for an exec client to read.
import type { Container, LogEntry, Process } from '../world';

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function appendOutput(
  target: Container | Process,
  kind: 'logs' | 'output',
  stream: LogEntry['stream'],
  text: string,
  now: number,
): void {
  const sink = kind === 'logs' ? (target as Container).logs : ((target as Process).output ??= []);
  for (const line of splitLines(text)) sink.push({ t: now, stream, text: line });
}
