// The shell (interpreter, commands, and through them most of the engine: the hub catalog, the
// programs, the builder, the Python model, the package managers …) is most of the app's code, and
// none of it is needed to show the first prompt of a fresh session. So the browser loads it with a
// dynamic import right after the first paint (main.tsx), and the store reaches it only through
// this module. Node (tests, benchmarks) provides it eagerly (`eagerShell.ts`, a vitest setup file).
// Until it is in: the prompt comes from `firstPrompt` (a host shell's prompt needs only the world),
// and a line typed waits as a running job (actions.ts) that starts once the shell is here.
import type * as Shell from '../shell';
import type { World } from '../engine/world';
import { shellPrompt } from '../shell/prompt';

export type ShellModule = typeof Shell;

let loaded: ShellModule | null = null;
let loading: Promise<ShellModule> | null = null;

/** Hand the shell over (Node imports it eagerly; the browser through `loadShell`). */
export function provideShell(shell: ShellModule): void {
  loaded = shell;
}

/** Start loading the shell's chunk (once); resolves when the store can run lines. */
export function loadShell(): Promise<ShellModule> {
  loading ??= loaded
    ? Promise.resolve(loaded)
    : import('../shell').then(
        (shell) => (loaded = shell),
        (error: unknown) => {
          // A failed fetch (a dropped connection) may succeed when asked again.
          loading = null;
          throw error;
        },
      );
  return loading;
}

export function shellIfLoaded(): ShellModule | null {
  return loaded;
}

/** For actions that only a loaded shell can reach (a second host exists only after commands ran). */
export function requireShell(): ShellModule {
  if (!loaded) throw new Error('the shell is not loaded yet: see src/store/shellRuntime.ts (tests: testing/shellForTests.ts)');
  return loaded;
}

/**
 * The prompt of a terminal without the shell, when it can be known without it: a host login shell
 * (`docker@default:~$ `), as every fresh world's terminal is. Undefined otherwise (a container
 * shell or a REPL on top: a restored session, which loads the shell before it renders).
 */
export function firstPrompt(world: World, terminalId: string): string | undefined {
  const terminal = world.terminals[terminalId];
  if (!terminal) return '';
  if (terminal.job) return undefined;
  const frame = terminal.frames[terminal.frames.length - 1];
  if (frame.kind !== 'host' || (frame.program !== 'bash' && frame.program !== 'sh')) return undefined;
  return shellPrompt(world, frame);
}

/** The prompt a terminal shows now: the shell's, or before it is loaded `firstPrompt`'s. */
export function promptOf(world: World, terminalId: string): string {
  if (loaded) return loaded.getPrompt(world, terminalId);
  return firstPrompt(world, terminalId) ?? requireShell().getPrompt(world, terminalId);
}
