// What every `inspect` prints (docker/cli cli/command/inspect): a 4-space indented JSON array,
// or one line per object through a `--format` template run over the object's JSON with
// missingkey=error; failures are collected and printed after the output, exit 1.
import { marshalIndent } from '../../format/goJson';
import { executeTemplate, parseTemplate, TemplateError } from '../../format/goTemplate';
import type { CommandContext } from '../../types';
import { isSimError } from '../../../engine/errors';
import { errorText } from './errors';

/** One reference's object, or the error text to print for it. */
export type InspectLookup = (ref: string) => { value: unknown } | { error: string };

export function runInspect(cx: CommandContext, refs: string[], format: string | undefined, lookup: InspectLookup): number {
  const prefix = cx.profile.cli.templateErrorPrefix;
  let template: ReturnType<typeof parseTemplate> | undefined;
  if (format) {
    try {
      template = parseTemplate(format);
    } catch (e) {
      if (e instanceof TemplateError) {
        cx.err(`${prefix}${e.message}\n`);
        return 64;
      }
      throw e;
    }
  }
  const errors: string[] = [];
  const values: unknown[] = [];
  let text = '';
  for (const ref of refs) {
    const found = lookup(ref);
    if ('error' in found) {
      errors.push(found.error);
      continue;
    }
    if (!template) {
      values.push(found.value);
      continue;
    }
    try {
      text += `${executeTemplate(template, found.value, { missingKey: 'error' })}\n`;
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      errors.push(`${prefix}${e.message}`);
    }
  }
  if (template) cx.out(text === '' ? '\n' : text);
  else cx.out(values.length === 0 ? '[]\n' : `${marshalIndent(values)}\n`);
  if (errors.length === 0) return 0;
  cx.err(`${errors.join('\n')}\n`);
  return 1;
}

/**
 * The error line for an object the daemon did not find, in the 18.03 client's or the daemon's words.
 * Only a 404 is wrapped by that client; a conflict (rmi of an image in use) keeps the daemon's text.
 */
export function notFoundText(cx: CommandContext, object: string, name: string, e: unknown): string {
  const template = cx.profile.cli.clientNotFound;
  if (template && isSimError(e) && e.kind === 'notFound') return template.replace('{object}', object).replace('{name}', name);
  return errorText(e);
}
