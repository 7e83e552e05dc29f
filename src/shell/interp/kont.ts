// The rest of a command line that waits for a foreground job (`sleep 2; echo done`, a loop whose
// body runs `sleep 1`). Plain data stored in the frame's state between terminal passes: a stack
// of what each enclosing construct still has to do, innermost first.
import type { AndOr, ForCommand, IfCommand, Redirect, WhileCommand } from '../ast';

export type Kont =
  /** The items of a list after the one that waits. */
  | { k: 'items'; items: AndOr[] }
  /** The `&&` / `||` parts after the pipeline that waits. */
  | { k: 'andor'; rest: AndOr['rest'] }
  /** A `!` pipeline: negate the job's exit code. */
  | { k: 'not' }
  /** Waiting in the condition of clause `clause`. */
  | { k: 'if'; node: IfCommand; clause: number }
  /** Waiting in the condition (inBody false) or the body; `last` is the body's last exit code. */
  | { k: 'while'; node: WhileCommand; inBody: boolean; last: number }
  /** Waiting in the body for `values[next - 1]`. */
  | { k: 'for'; node: ForCommand; values: string[]; next: number }
  /** Inside `( … )`: the subshell's own cwd and variables, swapped in while its rest runs. */
  | { k: 'subshell'; cwd: string; env: Record<string, string> }
  /** Inside a redirected compound command: its redirections, and the unread part of its stdin. */
  | { k: 'io'; redirects: Redirect[]; input: string | null };
