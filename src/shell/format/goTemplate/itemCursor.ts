// The parser's view of the item stream (parser.ts builds the tree on top of it).
import { goQuote } from '../goQuote';
import type { Item, ItemType } from './lexer';
import { TemplateError } from './templateError';

/** Go's item.String(), used in "unexpected X in Y" messages. */
function itemString(it: Item): string {
  if (it.type === 'eof') return 'EOF';
  if (it.type === 'error') return it.val;
  if (it.type === 'keyword') return '<' + it.val + '>';
  const runes = Array.from(it.val);
  return runes.length > 10 ? goQuote(runes.slice(0, 10).join('')) + '...' : goQuote(it.val);
}

/**
 * Reading the lexer's items with Go's lookahead (next, backup, peek, skipping spaces) and its
 * parse errors, which name the furthest line read and the action the error is in.
 */
export class ItemCursor {
  /** Index of the next item; the parser saves and restores it to look past variables. */
  protected i = 0;
  private maxSeen = 0;
  /** Line of the `{{` of the action being parsed (0 outside actions). */
  protected actionLine = 0;

  constructor(private readonly items: Item[]) {}

  private fetch(k: number): Item {
    const idx = Math.min(k, this.items.length - 1);
    if (idx > this.maxSeen) this.maxSeen = idx;
    return this.items[idx];
  }
  next(): Item {
    return this.fetch(this.i++);
  }
  backup(n = 1): void {
    this.i -= n;
  }
  peek(): Item {
    return this.fetch(this.i);
  }
  nextNonSpace(): Item {
    let t = this.next();
    while (t.type === 'space') t = this.next();
    return t;
  }
  peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  errorf(msg: string): never {
    throw new TemplateError('parse', `template: :${this.items[this.maxSeen].line}: ${msg}`);
  }
  unexpected(t: Item, context: string): never {
    if (t.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at :${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${itemString(t)} in ${context}`);
  }
  expect(type: ItemType, context: string, val?: string): Item {
    const t = this.nextNonSpace();
    if (t.type !== type || (val !== undefined && t.val !== val)) this.unexpected(t, context);
    return t;
  }
}
