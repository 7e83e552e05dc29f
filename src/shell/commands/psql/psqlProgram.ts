// The psql frame: reads lines at `postgres=#`, collects them into the query buffer until a `;`
// ends a statement (`postgres-#` meanwhile), sends complete statements, and runs backslash
// commands. `\q` (or Ctrl-D's `\q`) leaves the frame.
import type { FrameProgram } from '../../types';
import { runMeta } from './psqlMeta';
import { scanSql } from './psqlScanner';
import { psqlJob, psqlState, runStatements } from './psqlSession';
import { connectPsql, psqlAuth, startPsql } from './psqlCommand';
import { registerFrameEntry } from '../../frames/frameEntry';

export const psqlProgram: FrameProgram = {
  name: 'psql',
  prompt(_world, frame) {
    const auth = psqlAuth(frame);
    if (auth) return `Password for user ${auth.user}: `;
    const state = psqlState(frame);
    if (!state) return '=# ';
    const mid = state.buffer === '' ? '=' : scanSql(state.buffer).state;
    return `${state.session.database}${mid}${state.superuser ? '#' : '>'} `;
  },
  runLine(cx, line) {
    const auth = psqlAuth(cx.frame);
    if (auth) return connectPsql(cx, cx.frame, { ...auth, password: line }, true);
    const state = psqlState(cx.frame);
    if (!state) return 0;
    // A backslash command may end a line that began a statement: the statement part stays in the buffer.
    const slash = findMeta(line);
    const sqlPart = slash < 0 ? line : line.slice(0, slash);
    const meta = slash < 0 ? undefined : line.slice(slash);
    let code = 0;
    if (sqlPart.trim() !== '' || (state.buffer !== '' && meta === undefined)) {
      const joined = state.buffer === '' ? sqlPart.replace(/^\s+/, '') : `${state.buffer}\n${sqlPart}`;
      const scan = scanSql(joined);
      state.buffer = scan.rest;
      const io = { ctx: cx.ctx, profile: cx.profile, frame: cx.frame, out: cx.out, err: cx.err };
      const wait = runStatements(io, scan.statements);
      if (wait) {
        cx.startJob(psqlJob(io, wait));
        return 0;
      }
    }
    if (meta !== undefined) code = runMeta(cx, meta);
    return code;
  },
};

/** Where a backslash command starts on the line, outside quotes; -1 when none. */
function findMeta(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') return i;
  }
  return -1;
}

registerFrameEntry('psql', startPsql);
