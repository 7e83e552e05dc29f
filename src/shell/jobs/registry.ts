// Foreground job handlers by kind (sleep here; ping, logs -f, attached run elsewhere).
import type { JobHandler } from '../types';

const handlers: Record<string, JobHandler> = {};

export function registerJobHandler(handler: JobHandler): void {
  handlers[handler.kind] = handler;
}

export function getJobHandler(kind: string): JobHandler | undefined {
  return Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
}
