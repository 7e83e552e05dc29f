// How the engine runs shell scripts and shell utilities inside a container without importing the
// shell layer: the shell registers a runner at start-up (dependency injection keeps the import
// arrow engine ← shell). `sh -c '…'` as a container's command, and commands such as `ls /` that
// are utilities rather than long-running programs, go through it.
import type { Ctx } from '../ctx';

export interface ScriptRunResult {
  /** Output in order; the engine appends it to the process's output (logs for a main process). */
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  exitCode: number;
  /**
   * Set when the script ended by handing the process over to a long-running program
   * (`exec nginx -g 'daemon off;'`, or a final `sleep 1000`): the engine starts that program
   * in the same process instead of ending it.
   */
  exec?: string[];
}

export interface ScriptRunner {
  /** Run `argv` (e.g. ['sh', '-c', 'echo hi; exit 3'] or ['ls', '/']) in the container's filesystem and environment. */
  run(ctx: Ctx, host: string, containerId: string, argv: string[], env: Record<string, string>, cwd: string): ScriptRunResult;
}

let runner: ScriptRunner | undefined;

export function registerScriptRunner(r: ScriptRunner): void {
  runner = r;
}

export function getScriptRunner(): ScriptRunner | undefined {
  return runner;
}
