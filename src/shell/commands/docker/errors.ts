// How the docker CLI prints failures, per era: flag and arity errors (cobra), daemon errors,
// `docker run` errors, and the 18.03 client's own "No such …" wrapping. Each printer writes to
// stderr and returns the exit code.
import { isSimError } from '../../../engine/errors';
import { fillTemplate } from '../../../engine/profile/cliMessages';
import type { CommandSpec } from '../../cli/flagTypes';
import type { FlagError } from '../../cli/flags';
import type { CommandContext } from '../../types';
import { describe, renderUsage, useLine } from './help';

export const DAEMON_PREFIX = 'Error response from daemon: ';

/** Unknown flags and bad flag values: exit 125. */
export function reportFlagError(cx: CommandContext, spec: CommandSpec, err: FlagError): number {
  const m = cx.profile.cli;
  let text = fillTemplate(m.flagError, { err: err.message, path: spec.path, use: useLine(spec) });
  if (spec.subcommands && spec.subcommands.length > 0 && m.flagErrorGroupSuffix) {
    text += fillTemplate(m.flagErrorGroupSuffix, { usage: renderUsage(spec, cx.profile).replace(/\n+$/, '') });
  }
  cx.err(`${text}\n`);
  return 125;
}

/** Whether the positional count breaks the spec's arity. */
export function hasArgCountError(spec: CommandSpec, count: number): boolean {
  const a = spec.args;
  if (!a) return false;
  if (a.exact !== undefined) return count !== a.exact;
  return (a.min !== undefined && count < a.min) || (a.max !== undefined && count > a.max);
}

/** Wrong number of positionals (cli/required.go): exit 1. */
export function reportArgCountError(cx: CommandContext, spec: CommandSpec): number {
  const m = cx.profile.cli;
  const a = spec.args ?? {};
  const values = { path: spec.path, use: useLine(spec), short: describe(spec, cx.profile) };
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  let text: string;
  if (a.exact !== undefined) text = fillTemplate(m.argsExactly, { ...values, n: a.exact, arguments: plural(a.exact) });
  else if (a.max === 0) text = fillTemplate(m.argsNone, values);
  else if (a.min !== undefined && a.max !== undefined) {
    text = fillTemplate(m.argsRange, { ...values, min: a.min, max: a.max, arguments: plural(a.max) });
  } else if (a.min !== undefined) text = fillTemplate(m.argsAtLeast, { ...values, n: a.min, arguments: plural(a.min) });
  else text = fillTemplate(m.argsAtMost, { ...values, n: a.max ?? 0, arguments: plural(a.max ?? 0) });
  cx.err(`${text}\n`);
  return 1;
}

/** The text of a failure as the CLI shows it: daemon errors get their prefix; bugs their message. */
export function errorText(e: unknown): string {
  if (isSimError(e)) return `${DAEMON_PREFIX}${e.message}`;
  return `Error: ${e instanceof Error ? e.message : String(e)}`;
}

/** A failed API call: `Error response from daemon: <msg>`, exit 1. Never throws. */
export function reportDaemonError(cx: CommandContext, e: unknown): number {
  cx.err(`${errorText(e)}\n`);
  return 1;
}

/**
 * `docker run`/`create` failures. `message` is the full text after `docker: ` (daemon errors
 * include their `Error response from daemon: ` prefix). 18.03 leaves the hint off start-time errors.
 */
export function reportRunError(
  cx: CommandContext,
  spec: CommandSpec,
  message: string,
  exitCode: number,
  opts: { helpHint?: boolean } = {},
): number {
  const m = cx.profile.cli;
  const template = opts.helpHint === false ? m.runErrorNoHint : m.runError;
  cx.err(`${fillTemplate(template, { msg: message, path: spec.path })}\n`);
  return exitCode;
}

/**
 * A missing object where the 18.03 client wrapped the 404 itself (`Error: No such container: foo`);
 * current prints the daemon's message. Other errors print as daemon errors.
 */
export function reportNotFound(cx: CommandContext, object: string, name: string, e: unknown): number {
  const template = cx.profile.cli.clientNotFound;
  if (template && isSimError(e) && e.kind === 'notFound') {
    cx.err(`${fillTemplate(template, { object, name })}\n`);
    return 1;
  }
  return reportDaemonError(cx, e);
}

/** The host's daemon is stopped. */
export function reportDaemonDown(cx: CommandContext): number {
  cx.err(`${cx.profile.cli.daemonDown}\n`);
  return 1;
}
