// Go text/template as docker/cli sets it up (cli/templates): Go's builtins plus docker's
// json, split, join, title, lower, upper, pad and truncate.
import type { ListNode } from './ast';
import { BUILTINS } from './builtins';
import { dockerFuncs, headerFunctions } from './dockerFuncs';
import { Executor } from './exec';
import type { FuncDef } from './funcTypes';
import { parseTree } from './parser';

export interface Template {
  source: string;
  root: ListNode;
  funcs: Record<string, FuncDef>;
  headerFuncs: Record<string, FuncDef>;
}

export interface ParseOptions {
  /** Docker 18.03's functions: `join` is strings.Join ([]string only), fewer header functions. */
  legacy?: boolean;
  /** Extra functions, e.g. a command's own helpers. */
  funcs?: Record<string, FuncDef>;
}

export interface ExecOptions {
  /** Go's missingkey option; docker inspect falls back to 'error' over raw JSON maps. */
  missingKey?: 'default' | 'zero' | 'error';
  /** Render with docker's HeaderFunctions, as the table header row is. */
  header?: boolean;
  /** Go < 1.16 (Docker 18.03) cut error contexts to 20 bytes plus "...". */
  truncateContext?: boolean;
}

/** Parses like templates.Parse; throws TemplateError with Go's message on bad syntax. */
export function parseTemplate(src: string, opts: ParseOptions = {}): Template {
  const funcs = { ...BUILTINS, ...dockerFuncs({ legacyJoin: opts.legacy }), ...opts.funcs };
  const headerFuncs = { ...funcs, ...headerFunctions(opts.legacy ?? false) };
  return { source: src, root: parseTree(src, new Set(Object.keys(funcs))), funcs, headerFuncs };
}

/** Executes a parsed template over data; throws TemplateError (with .partial output) on failure. */
export function executeTemplate(t: Template, data: unknown, opts: ExecOptions = {}): string {
  const funcs = opts.header ? t.headerFuncs : t.funcs;
  const ex = new Executor({ source: t.source, funcs, missingKey: opts.missingKey ?? 'default', truncateContext: opts.truncateContext ?? false });
  return ex.run(t.root, data);
}
