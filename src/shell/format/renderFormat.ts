// docker/cli's formatter.Context: renders rows through a --format template. A format starting
// with "table" gets a header row (from the field → HEADER map, rendered with docker's header
// functions) and tabwriter alignment; `\t` and `\n` typed literally become tab and newline.
import { parseTemplate, executeTemplate } from './goTemplate/template';
import { TemplateError } from './goTemplate/templateError';
import { displayWidth } from './runeWidth';
import { tabwrite, tabwriteTable, tableWriterOptions } from './tabwriter';

export type CliDialect = 'classic' | 'current';

export interface RenderOptions {
  /**
   * Docker 18.03 ('classic') vs 29 ('current'): error prefix, `json` keyword, join, error
   * context. Defaults from minWidth: 20 is the classic table width, anything else current.
   */
  dialect?: CliDialect;
}

/** The final template text docker executes (formatter.Context.preFormat). */
export function preFormat(format: string, dialect: CliDialect): { text: string; isTable: boolean } {
  const isTable = format.startsWith('table');
  let text = format;
  if (isTable) text = text.slice('table'.length);
  else if (dialect === 'current' && format === 'json') text = '{{json .}}';
  text = text.replace(/^ +| +$/g, '').replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  return { text, isTable };
}

/** The error text formatter.Write returns: classic says "Template parsing error: …\n". */
function wrap(e: TemplateError, dialect: CliDialect): TemplateError {
  const msg = dialect === 'classic' ? `Template parsing error: ${e.message}\n` : `template parsing error: ${e.message}`;
  return new TemplateError(e.kind, msg, e.partial);
}

/** The table writer as renderFormat sets it up for a dialect. */
function tableOptions(minWidth: number, dialect: CliDialect) {
  // docker/cli's own tabwriter (since 22.06) counts East Asian wide characters as two cells.
  return { ...tableWriterOptions(minWidth), widthOf: dialect === 'current' ? displayWidth : undefined };
}

/**
 * What renderFormat gives for `table {{.A}}\t{{.B}}…` when every field is already text: the
 * header cells, then one line per row, aligned. Lets a hot command skip the template engine.
 */
export function renderTextTable(header: readonly string[], rows: readonly string[][], minWidth: number, opts: RenderOptions = {}): string {
  const dialect = opts.dialect ?? (minWidth === 20 ? 'classic' : 'current');
  return tabwriteTable([header, ...rows], tableOptions(minWidth, dialect));
}

/**
 * Renders rows like `docker ps --format …`: one line per row; for a table, the header first and
 * the whole output aligned. Throws TemplateError whose message is what docker prints to stderr.
 */
export function renderFormat(format: string, rows: object[], headers: Record<string, string>, minWidth: number, opts: RenderOptions = {}): string {
  const dialect = opts.dialect ?? (minWidth === 20 ? 'classic' : 'current');
  const { text, isTable } = preFormat(format, dialect);
  const execOpts = { truncateContext: dialect === 'classic' };
  let body = '';
  try {
    const tmpl = parseTemplate(text, { legacy: dialect === 'classic' });
    for (const row of rows) body += executeTemplate(tmpl, row, execOpts) + '\n';
    if (!isTable) return body;
    let header: string;
    try {
      header = executeTemplate(tmpl, headers, { ...execOpts, header: true });
    } catch (e) {
      // docker ignores a failing header and keeps what it wrote before the failure.
      if (!(e instanceof TemplateError)) throw e;
      header = e.partial;
    }
    return tabwrite(header + '\n' + body, tableOptions(minWidth, dialect));
  } catch (e) {
    if (e instanceof TemplateError) throw wrap(e, dialect);
    throw e;
  }
}
