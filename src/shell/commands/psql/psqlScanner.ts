// psql's lexer, as far as deciding where a statement ends: a `;` outside quotes, dollar quotes,
// comments and parentheses. What is left is the query buffer, and its state picks the prompt's
// middle character (`=` fresh, `-` continuing, `'` `"` `$` `*` `(` inside one).

export interface ScanResult {
  /** Complete statements, each with its `;`, as psql sends them. */
  statements: string[];
  /** The unfinished rest of the query buffer ('' when empty). */
  rest: string;
  /** The prompt's middle character for the rest. */
  state: '=' | '-' | "'" | '"' | '$' | '*' | '(';
}

export function scanSql(buffer: string): ScanResult {
  const statements: string[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  let inside: ScanResult['state'] | undefined;
  let dollarTag = '';
  let commentDepth = 0;
  const n = buffer.length;
  while (i < n) {
    const ch = buffer[i];
    if (inside === "'") {
      if (ch === "'") {
        if (buffer[i + 1] === "'") i++;
        else inside = undefined;
      }
      i++;
      continue;
    }
    if (inside === '"') {
      if (ch === '"') inside = undefined;
      i++;
      continue;
    }
    if (inside === '$') {
      if (buffer.startsWith(dollarTag, i)) {
        i += dollarTag.length;
        inside = undefined;
      } else i++;
      continue;
    }
    if (inside === '*') {
      if (buffer.startsWith('*/', i)) {
        i += 2;
        if (--commentDepth === 0) inside = undefined;
      } else if (buffer.startsWith('/*', i)) {
        commentDepth++;
        i += 2;
      } else i++;
      continue;
    }
    if (ch === '-' && buffer[i + 1] === '-') {
      const nl = buffer.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (ch === '/' && buffer[i + 1] === '*') {
      inside = '*';
      commentDepth = 1;
      i += 2;
      continue;
    }
    if (ch === "'" || ch === '"') {
      inside = ch;
      i++;
      continue;
    }
    if (ch === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(buffer.slice(i));
      if (m && !/[A-Za-z0-9_]/.test(buffer[i - 1] ?? '')) {
        dollarTag = m[0];
        inside = '$';
        i += m[0].length;
        continue;
      }
    }
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (ch === ';' && depth === 0) {
      statements.push(buffer.slice(start, i + 1).replace(/^\s+/, ''));
      start = i + 1;
    }
    i++;
  }
  const rest = buffer.slice(start).replace(/^\s+/, '');
  let state: ScanResult['state'] = rest === '' ? '=' : '-';
  if (inside) state = inside;
  else if (depth > 0) state = '(';
  return { statements, rest, state };
}
