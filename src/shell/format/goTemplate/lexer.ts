// The text/template lexer: turns a template into items, with Go's trim markers, comments and
// lexical error messages. Positions are JS string indexes; errors convert them to Go's bytes.
export type ItemType =
  | 'error' | 'eof' | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'field' | 'variable'
  | 'identifier' | 'keyword' | 'bool' | 'nil' | 'dot' | 'string' | 'rawString' | 'charConstant'
  | 'number' | 'pipe' | 'declare' | 'assign' | 'leftParen' | 'rightParen' | 'char';

export interface Item {
  type: ItemType;
  val: string;
  pos: number;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined): boolean => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));

/** Go's %#U: U+0023 '#'. */
function charDesc(c: string): string {
  const cp = c.codePointAt(0) as number;
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0') + " '" + c + "'";
}

class LexError {
  constructor(readonly message: string) {}
}

export function lex(src: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;

  const emit = (type: ItemType, val = src.slice(start, pos)): void => {
    items.push({ type, val, pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) if (src[pos + k] === '\n') line++;
    pos += n;
  };
  const ignore = (): void => {
    start = pos;
    startLine = line;
  };
  const fail = (msg: string): never => {
    throw new LexError(msg);
  };
  const hasRightTrim = (at: number): boolean => isSpace(src[at]) && src.startsWith('-}}', at + 1);
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (hasRightTrim(pos)) return { delim: true, trim: true };
    return { delim: src.startsWith('}}', pos), trim: false };
  };
  const skipLeadingSpace = (): void => {
    while (isSpace(src[pos])) advance(1);
    ignore();
  };

  const lexText = (): boolean => {
    const x = src.indexOf('{{', pos);
    if (x < 0) {
      advance(src.length - pos);
      if (pos > start) emit('text');
      return false;
    }
    const trimLeft = src[x + 2] === '-' && isSpace(src[x + 3]);
    let end = x;
    if (trimLeft) while (end > start && isSpace(src[end - 1])) end--;
    advance(end - pos);
    if (pos > start) emit('text');
    advance(x - pos);
    ignore();
    return true;
  };

  const lexLeftDelim = (): void => {
    const trim = src[pos + 2] === '-' && isSpace(src[pos + 3]);
    advance(2);
    if (trim) advance(2);
    const afterMarker = pos;
    if (src.startsWith('/*', pos)) {
      start = pos;
      const close = src.indexOf('*/', pos + 2);
      if (close < 0) fail('unclosed comment');
      advance(close + 2 - pos);
      const { delim, trim: rtrim } = atRightDelim();
      if (!delim) fail('comment ends before closing delimiter');
      advance(rtrim ? 4 : 2);
      ignore();
      if (rtrim) skipLeadingSpace();
      return;
    }
    start = afterMarker - (trim ? 4 : 2);
    items.push({ type: 'leftDelim', val: '{{', pos: start, line: startLine });
    ignore();
    parenDepth = 0;
    lexInsideAction();
  };

  const lexInsideAction = (): void => {
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) fail('unclosed left paren');
        if (trim) {
          advance(2);
          ignore();
        }
        advance(2);
        emit('rightDelim');
        if (trim) skipLeadingSpace();
        return;
      }
      const c = src[pos];
      if (c === undefined) fail('unclosed action');
      if (isSpace(c)) {
        let n = 0;
        while (isSpace(src[pos + n])) n++;
        // The last space may belong to a " -}}" trim marker.
        if (src.startsWith('-}}', pos + n)) n--;
        advance(n);
        if (n > 0) emit('space');
        continue;
      }
      if (c === '=') {
        advance(1);
        emit('assign');
      } else if (c === ':') {
        if (src[pos + 1] !== '=') fail('expected :=');
        advance(2);
        emit('declare');
      } else if (c === '|') {
        advance(1);
        emit('pipe');
      } else if (c === '"') lexQuote();
      else if (c === '`') lexRawQuote();
      else if (c === '$') lexFieldOrVariable('variable');
      else if (c === "'") lexChar();
      else if (c === '.' && !(src[pos + 1] >= '0' && src[pos + 1] <= '9')) lexFieldOrVariable('field');
      else if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) lexNumber();
      else if (isAlnum(c)) lexIdentifier();
      else if (c === '(') {
        parenDepth++;
        advance(1);
        emit('leftParen');
      } else if (c === ')') {
        parenDepth--;
        if (parenDepth < 0) fail('unexpected right paren');
        advance(1);
        emit('rightParen');
      } else {
        const ch = String.fromCodePoint(src.codePointAt(pos) as number);
        if (ch.length === 1 && ch.charCodeAt(0) < 0x7f && ch.charCodeAt(0) >= 0x20) {
          advance(1);
          emit('char');
        } else fail('unrecognized character in action: ' + charDesc(ch));
      }
    }
  };

  const atTerminator = (): boolean => {
    const c = src[pos];
    if (c === undefined || isSpace(c) || '.,|:()'.includes(c)) return true;
    return src.startsWith('}}', pos);
  };

  const checkTerminator = (): void => {
    if (!atTerminator()) fail('bad character ' + charDesc(String.fromCodePoint(src.codePointAt(pos) as number)));
  };

  const lexFieldOrVariable = (type: 'field' | 'variable'): void => {
    advance(1);
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return;
    }
    while (isAlnum(src[pos])) advance(1);
    checkTerminator();
    emit(type);
  };

  const lexIdentifier = (): void => {
    while (isAlnum(src[pos])) advance(1);
    checkTerminator();
    const word = src.slice(start, pos);
    if (KEYWORDS.has(word)) emit('keyword');
    else if (word === 'true' || word === 'false') emit('bool');
    else if (word === 'nil') emit('nil');
    else emit('identifier');
  };

  const lexNumber = (): void => {
    const m = /^[+-]?(0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?([pP][+-]?\d+)?|0[bB][01_]+|0[oO][0-7_]+|[\d_]*\.?[\d_]*([eE][+-]?[\d_]+)?)i?/.exec(src.slice(pos));
    const len = m ? m[0].length : 0;
    if (isAlnum(src[pos + len]) || !/\d/.test(m?.[0] ?? '')) {
      const end = pos + len + (isAlnum(src[pos + len]) ? 1 : 0);
      fail(`bad number syntax: "${src.slice(pos, Math.max(end, pos + 1))}"`);
    }
    advance(len);
    emit('number');
  };

  const lexQuote = (): void => {
    advance(1);
    for (;;) {
      const c = src[pos];
      if (c === '\\' && src[pos + 1] !== undefined && src[pos + 1] !== '\n') advance(2);
      else if (c === undefined || c === '\n') fail('unterminated quoted string');
      else if (c === '"') break;
      else advance(1);
    }
    advance(1);
    emit('string');
  };

  const lexRawQuote = (): void => {
    const close = src.indexOf('`', pos + 1);
    if (close < 0) fail('unterminated raw quoted string');
    advance(close + 1 - pos);
    emit('rawString');
  };

  const lexChar = (): void => {
    advance(1);
    for (;;) {
      const c = src[pos];
      if (c === '\\' && src[pos + 1] !== undefined && src[pos + 1] !== '\n') advance(2);
      else if (c === undefined || c === '\n') fail('unterminated character constant');
      else if (c === "'") break;
      else advance(1);
    }
    advance(1);
    emit('charConstant');
  };

  try {
    while (lexText()) lexLeftDelim();
    items.push({ type: 'eof', val: '', pos, line });
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    items.push({ type: 'error', val: e.message, pos: start, line: startLine });
  }
  return items;
}
