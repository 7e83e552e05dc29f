// Era-dependent texts and formats of the docker CLI itself: usage and error wrappers (cobra
// templates of docker/cli v18.03 vs v29), prompts, and which views a command defaults to.
// Templates use named `{placeholders}` filled by fillTemplate().
import type { ProfileName } from '../world';
import { cliInfo, type CliInfo } from './cliInfo';
import { topLevelHelp } from './cliTopLevelHelp';

export interface CliMessages {
  /** Help template's first line prefix: a tab in 18.03, two spaces since. */
  helpUsagePrefix: string;
  /** `{err}` pflag text, `{path}` command path, `{use}` usage line. */
  flagError: string;
  /** Appended to flagError for group commands (`docker network --x`): `{usage}` is the group usage. */
  flagErrorGroupSuffix: string;
  /** Arity errors; `{n}`, `{min}`, `{max}`, `{arguments}` ('argument'/'arguments'), `{short}` description. */
  argsAtLeast: string;
  argsAtMost: string;
  argsExactly: string;
  argsRange: string;
  argsNone: string;
  unknownCommand: string;
  /** `docker network foo`: `{usage}` is the group's usage text. */
  unknownSubcommand: string;
  /** `docker run` failures: with and without the help hint. */
  runError: string;
  runErrorNoHint: string;
  /** `docker inspect foo` for a missing object. */
  inspectNotFound: string;
  /** The 18.03 client turned 404s into `Error: No such container: foo`; '' = print the daemon's text. */
  clientNotFound: string;
  /** How the Aliases section lists aliases: cobra names (`ls, list, ps`) or full paths. */
  aliasStyle: 'names' | 'paths';
  /** `docker images` without format flags: the classic table or the v29 tree. */
  imagesDefaultView: 'table' | 'tree';
  /** `docker pull` ends with the full reference line (`docker.io/library/ubuntu:latest`) since 19.03. */
  pullPrintsFullRef: boolean;
  /** tabwriter minwidth of `docker version`'s blocks. */
  versionMinWidth: number;
  /** Declined prune prompt: 18.03 still reports 0B and exits 0; current cancels with exit 1. */
  pruneDeclined: 'report' | 'cancel';
  /** System prune confirmation: the indent of each bullet. */
  systemPruneBullet: string;
  /** Volume prune warning (current only prunes anonymous volumes unless --all). */
  volumePruneWarning: string;
  volumePruneAllWarning: string;
  /** Daemon-down text. */
  daemonDown: string;
  /** Prefix of a `--format` template error (exit 64 when it does not parse). */
  templateErrorPrefix: string;
  /** `docker inspect --type x` for an unknown type: `{type}` as typed. */
  inspectBadType: string;
  /** `docker --help` after its leading blank line. */
  topLevelHelp: string;
  /** Engine facts for `docker info` and `docker version`. */
  info: CliInfo;
}

const daemonDown = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

export const cliMessages: Record<ProfileName, CliMessages> = {
  current: {
    helpUsagePrefix: 'Usage:  ',
    flagError: "{err}\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    flagErrorGroupSuffix: '',
    argsAtLeast: "docker: '{path}' requires at least {n} {arguments}\n\nUsage:  {use}\n\nSee '{path} --help' for more information",
    argsAtMost: "docker: '{path}' requires at most {n} {arguments}\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    argsExactly: "docker: '{path}' requires {n} {arguments}\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    argsRange:
      "docker: '{path}' requires at least {min} and at most {max} {arguments}\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    argsNone: "docker: '{path}' accepts no arguments\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    unknownCommand: "docker: unknown command: docker {name}\n\nRun 'docker --help' for more information",
    unknownSubcommand: "docker: unknown command: {path} {name}\n\nUsage:  {use}\n\nRun '{path} --help' for more information",
    runError: "docker: {msg}\n\nRun '{path} --help' for more information",
    runErrorNoHint: "docker: {msg}\n\nRun '{path} --help' for more information",
    inspectNotFound: 'error: no such object: {name}',
    clientNotFound: '',
    aliasStyle: 'paths',
    imagesDefaultView: 'tree',
    pullPrintsFullRef: true,
    versionMinWidth: 20,
    pruneDeclined: 'cancel',
    systemPruneBullet: '  - ',
    volumePruneWarning: 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?',
    volumePruneAllWarning: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?',
    daemonDown,
    templateErrorPrefix: 'template parsing error: ',
    inspectBadType:
      'unknown type: "{type}": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"',
    topLevelHelp: topLevelHelp.current,
    info: cliInfo.current,
  },
  classic: {
    helpUsagePrefix: 'Usage:\t',
    flagError: "{err}\nSee '{path} --help'.",
    flagErrorGroupSuffix: '\n\n{usage}',
    argsAtLeast: "\"{path}\" requires at least {n} {arguments}.\nSee '{path} --help'.\n\nUsage:  {use}\n\n{short}",
    argsAtMost: "\"{path}\" requires at most {n} {arguments}.\nSee '{path} --help'.\n\nUsage:  {use}\n\n{short}",
    argsExactly: "\"{path}\" requires exactly {n} {arguments}.\nSee '{path} --help'.\n\nUsage:  {use}\n\n{short}",
    argsRange: "\"{path}\" requires at least {min} and at most {max} {arguments}.\nSee '{path} --help'.\n\nUsage:  {use}\n\n{short}",
    argsNone: "\"{path}\" accepts no arguments.\nSee '{path} --help'.\n\nUsage:  {use}\n\n{short}",
    unknownCommand: "docker: '{name}' is not a docker command.\nSee 'docker --help'",
    unknownSubcommand: '\n{usage}',
    runError: "docker: {msg}.\nSee '{path} --help'.",
    runErrorNoHint: 'docker: {msg}.',
    inspectNotFound: 'Error: No such object: {name}',
    clientNotFound: 'Error: No such {object}: {name}',
    aliasStyle: 'names',
    imagesDefaultView: 'table',
    pullPrintsFullRef: false,
    versionMinWidth: 15,
    pruneDeclined: 'report',
    systemPruneBullet: '        - ',
    volumePruneWarning: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?',
    volumePruneAllWarning: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?',
    daemonDown,
    templateErrorPrefix: 'Template parsing error: ',
    inspectBadType: '"{type}" is not a valid value for --type',
    topLevelHelp: topLevelHelp.classic,
    info: cliInfo.classic,
  },
};

/** Fill `{name}` placeholders; unknown names stay as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
