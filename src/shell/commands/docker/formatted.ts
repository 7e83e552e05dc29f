// Printing rows through a `--format` (or the default table) the way docker/cli's formatter
// does: a template error goes to stderr as docker words it, exit 1.
import { renderFormat } from '../../format/renderFormat';
import { TemplateError } from '../../format/goTemplate';
import type { CommandContext } from '../../types';

export function printFormatted(cx: CommandContext, format: string, rows: object[], headers: Record<string, string>): number {
  let text: string;
  try {
    text = renderFormat(format, rows, headers, cx.profile.tableMinWidth, { dialect: cx.profile.name });
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    cx.err(`${e.message}\n`);
    return 1;
  }
  cx.out(text);
  return 0;
}
