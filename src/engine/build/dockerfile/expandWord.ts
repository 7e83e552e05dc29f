// Docker's variable substitution in Dockerfiles (buildkit frontend/dockerfile/shell/lex.go), which
// the builder applies to ADD COPY ENV EXPOSE FROM LABEL STOPSIGNAL USER VOLUME WORKDIR arguments:
// `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, `${VAR-x}`, `${VAR?msg}`, `${VAR#p}`/`%`,
// single and double quotes (removed), the escape character; unset variables expand to "".
import { SimError } from '../../errors';

export type BuildEnv = Readonly<Record<string, string>>;

/** One word, quotes removed: `"hello $NAME"` → `hello World`. */
export function expandWord(word: string, env: BuildEnv, escape = '\\'): string {
  return new Lexer(word, env, escape).run().text;
}

/** Like expandWord, but split into words at blanks outside quotes (values of `$VAR` split too). */
export function expandWords(word: string, env: BuildEnv, escape = '\\'): string[] {
  return new Lexer(word, env, escape).run().words;
}

const SPECIAL_PARAMS = '@*#?-$!0';
const isSpace = (ch: string) => /\s/.test(ch);

class Words {
  words: string[] = [];
  private buf = '';
  private inWord = false;
  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.buf !== '') {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else this.addRaw(ch);
  }
  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  done(): string[] {
    if (this.buf !== '') this.words.push(this.buf);
    this.buf = '';
    return this.words;
  }
}

class Lexer {
  private chars: string[];
  private pos = 0;
  constructor(private source: string, private env: BuildEnv, private escape: string) {
    this.chars = [...source];
  }

  run(): { text: string; words: string[] } {
    try {
      return this.until(undefined, false);
    } catch (e) {
      if (e instanceof SyntaxProblem) throw new SimError(`failed to process ${JSON.stringify(this.source)}: ${e.message}`, 'invalid');
      throw e;
    }
  }

  private peek = () => this.chars[this.pos];
  private next = () => this.chars[this.pos++];

  /** Reads up to `stop` (consumed) or the end; `rawEscapes` keeps escape chars (patterns). */
  private until(stop: string | undefined, rawEscapes: boolean): { text: string; words: string[] } {
    let text = '';
    const words = new Words();
    while (this.peek() !== undefined) {
      const ch = this.peek();
      if (stop !== undefined && ch === stop) {
        this.next();
        return { text, words: words.done() };
      }
      if (ch === '$' || ch === "'" || ch === '"') {
        const part = ch === '$' ? this.dollar() : ch === "'" ? this.singleQuoted() : this.doubleQuoted();
        text += part;
        if (ch === '$') words.addString(part);
        else words.addRaw(part);
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (rawEscapes) {
          words.addRaw(c);
          text += c;
        }
        const escaped = this.next();
        if (escaped === undefined) break;
        c = escaped;
        words.addRaw(c);
      } else words.addChar(c);
      text += c;
    }
    if (stop !== undefined) throw new SyntaxProblem(`unexpected end of statement while looking for matching ${stop}`);
    return { text, words: words.done() };
  }

  private singleQuoted(): string {
    this.next();
    let out = '';
    for (;;) {
      const ch = this.next();
      if (ch === undefined) throw new SyntaxProblem('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return out;
      out += ch;
    }
  }

  private doubleQuoted(): string {
    this.next();
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new SyntaxProblem('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.next();
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      let c = this.next();
      // Inside double quotes the escape char only escapes " $ and itself; otherwise it stays.
      if (c === this.escape) {
        const after = this.peek();
        if (after === undefined) continue;
        if (after === '"' || after === '$' || after === this.escape) c = this.next();
      }
      out += c;
    }
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.name();
      return name === '' ? '$' : (this.env[name] ?? '');
    }
    this.next();
    const first = this.peek();
    if (first === undefined) throw new SyntaxProblem("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new SyntaxProblem('syntax error: bad substitution');
    const name = this.name();
    let op = this.next();
    if (op === '}') return this.env[name] ?? '';
    if (op === undefined) throw new SyntaxProblem("syntax error: missing '}'");
    let colon = false;
    if (op === ':') {
      colon = true;
      op = this.next() ?? '';
    }
    if (!'+-?#%'.includes(op) || op === '') throw new SyntaxProblem(`unsupported modifier (${colon ? ':' : ''}${op}) in substitution`);
    const patterns = op === '#' || op === '%';
    if (colon && patterns) throw new SyntaxProblem(`unsupported modifier (:${op}) in substitution`);
    let word: string;
    try {
      word = this.until('}', patterns).text;
    } catch (e) {
      if (this.peek() === undefined) throw new SyntaxProblem("syntax error: missing '}'");
      throw e;
    }
    const value = this.env[name];
    const set = value !== undefined;
    const empty = !set || (colon && value === '');
    switch (op) {
      case '-':
        return empty ? word : value;
      case '+':
        return empty ? '' : word;
      case '?':
        if (!set) throw new SyntaxProblem(`${name}: ${word || 'is not allowed to be unset'}`);
        if (colon && value === '') throw new SyntaxProblem(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      default:
        return trimPattern(value ?? '', word, op === '#');
    }
  }

  private name(): string {
    const first = this.peek();
    if (first === undefined) return '';
    if (/\d/.test(first)) {
      let digits = '';
      while (this.peek() !== undefined && /\d/.test(this.peek())) digits += this.next();
      return digits;
    }
    if (SPECIAL_PARAMS.includes(first)) return this.next();
    let name = '';
    while (this.peek() !== undefined && /[\p{L}\p{N}_]/u.test(this.peek())) name += this.next();
    return name;
  }
}

class SyntaxProblem extends Error {}

/** `${V#pat}` / `${V##pat}` strip a prefix, `%`/`%%` a suffix (shortest, or longest when doubled). */
function trimPattern(value: string, word: string, prefix: boolean): string {
  const greedy = word.startsWith(prefix ? '#' : '%');
  const pattern = globToRegex(greedy ? word.slice(1) : word, greedy);
  const re = new RegExp(prefix ? `^(?:${pattern})` : `(?:${pattern})$`);
  if (prefix) {
    const m = re.exec(value);
    return m ? value.slice(m[0].length) : value;
  }
  // The shortest suffix: try the latest start first unless greedy.
  const starts = [...Array(value.length + 1).keys()];
  for (const start of greedy ? starts : starts.reverse()) {
    if (new RegExp(`^(?:${pattern})$`).test(value.slice(start))) return value.slice(0, start);
  }
  return value;
}

function globToRegex(glob: string, greedy: boolean): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) out += escapeRegex(glob[++i]);
    else if (ch === '*') out += greedy ? '.*' : '.*?';
    else if (ch === '?') out += '.';
    else out += escapeRegex(ch);
  }
  return out;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
