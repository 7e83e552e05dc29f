// Redirections: each one swaps a writer in the fd table or replaces stdin. Shared by simple and
// compound commands; a compound command resumed after a job re-opens its files for appending.
import { resolvePath } from '../../engine/fs/path';
import { isVfsError } from '../../engine/fs/vfs';
import type { Redirect } from '../ast';
import { expandString, type ExpandEnv } from '../expand';
import { shellMessages, type Runtime, type Writer } from './runtime';

export interface Io {
  stdin: string;
  fds: Record<number, Writer>;
  /** Which fds still reach the terminal. */
  tty: Record<number, boolean>;
  /** The unread rest of stdin when it came from a redirection or a pipe; `read` consumes it. */
  input?: { text: string };
}

/** Does this list of redirections replace stdin? */
export function setsStdin(redirects: Redirect[]): boolean {
  return redirects.some((r) => (r.t === 'heredoc' && r.fd === 0) || (r.t === 'file' && r.op === '<' && r.fd === 0));
}

/**
 * The io after `redirects`, or an exit code when a file cannot be opened (the error is printed).
 * `resumed`: output files are appended to rather than truncated, and stdin is not read again.
 */
export function applyRedirects(rt: Runtime, env: ExpandEnv, redirects: Redirect[], io: Io, resumed = false): Io | number {
  const fds = { ...io.fds };
  const tty = { ...io.tty };
  let stdin = io.stdin;
  let input = io.input;
  const setStdin = (text: string): void => {
    if (resumed) return;
    stdin = text;
    input = { text };
  };
  for (const r of redirects) {
    if (r.t === 'dup') {
      fds[r.fd] = fds[r.to] ?? fds[1];
      tty[r.fd] = tty[r.to] ?? false;
      continue;
    }
    if (r.t === 'heredoc') {
      if (r.fd === 0) setStdin(expandString(env, r.body));
      continue;
    }
    const target = expandString(env, r.target);
    if (target === '/dev/null') {
      if (r.op === '<') setStdin('');
      else {
        fds[r.fd] = () => {};
        tty[r.fd] = false;
      }
      continue;
    }
    if (target === '/dev/stdout' || target === '/dev/stderr') {
      const from = target === '/dev/stdout' ? 1 : 2;
      fds[r.fd] = io.fds[from];
      tty[r.fd] = io.tty[from];
      continue;
    }
    const path = resolvePath(rt.frame.cwd, target);
    try {
      if (r.op === '<') {
        if (!resumed) setStdin(rt.vfs.readFile(path));
      } else {
        if ((r.op === '>' && !resumed) || !rt.vfs.exists(path)) rt.vfs.writeFile(path, '');
        fds[r.fd] = (t) => rt.vfs.writeFile(path, t, { append: true });
        tty[r.fd] = false;
      }
    } catch (e) {
      if (!isVfsError(e)) throw e;
      fds[2](r.op === '<' ? shellMessages.cannotOpen(rt.flavour, target, e.message) : shellMessages.cannotCreate(rt.flavour, target, e.message));
      return 1;
    }
  }
  const out: Io = { stdin, fds, tty };
  if (input) out.input = input;
  return out;
}
