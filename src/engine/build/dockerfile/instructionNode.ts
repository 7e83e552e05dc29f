// Pass one over a logical line, as Docker's line parsers do it (buildkit parser/line_parsers.go):
// keyword, flags and the arguments cut the way this keyword cuts them. Errors found here (ENV
// pairs, JSON arrays of non-strings) are parser errors: Docker reports them before it looks at
// any instruction's meaning.
import type { DockerfileMessages } from '../../profile/dockerfileMessages';
import { parserError } from './dockerfileErrors';
import { parseJsonArray, parseWords, splitCommand, splitWhitespace } from './lineWords';

export interface InstructionNode {
  /** The keyword as written; `kind` is it upper-cased. */
  keyword: string;
  kind: string;
  flags: string[];
  args: string[];
  /** The arguments came from a JSON array (exec form). */
  json: boolean;
  /** ENV/LABEL key-value pairs, raw. */
  pairs?: [string, string][];
  /** ONBUILD's trigger, parsed as a line of its own. */
  trigger?: InstructionNode;
}

export function parseNode(text: string, escape: string, msg: DockerfileMessages): InstructionNode {
  const { keyword, flags, rest } = splitCommand(text);
  const kind = keyword.toUpperCase();
  const node: InstructionNode = { keyword, kind, flags, args: [], json: false };
  const json = (r: string) => parseJsonArray(r, msg.jsonNotStrings);
  switch (kind) {
    case 'ADD':
    case 'COPY':
    case 'VOLUME': {
      const argv = json(rest);
      return argv ? { ...node, args: argv, json: true } : { ...node, args: splitWhitespace(rest) };
    }
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      return maybeJson(node, rest, json);
    case 'ARG':
      return { ...node, args: parseWords(rest, escape) };
    case 'ENV':
    case 'LABEL':
      return { ...node, pairs: parseNameValues(rest, kind, escape) };
    case 'EXPOSE':
    case 'FROM':
      return { ...node, args: splitWhitespace(rest) };
    case 'HEALTHCHECK': {
      // The type word, then the command like CMD's.
      const sep = rest.search(/\s/);
      const type = sep < 0 ? rest : rest.slice(0, sep);
      if (type === '') return node;
      const command = maybeJson(node, sep < 0 ? '' : rest.slice(sep).replace(/^\s+/, ''), json);
      return { ...command, args: [type, ...command.args] };
    }
    case 'MAINTAINER':
    case 'STOPSIGNAL':
    case 'USER':
    case 'WORKDIR':
      return { ...node, args: rest === '' ? [] : [rest] };
    case 'ONBUILD': {
      if (rest === '') return node;
      const trigger = parseNode(rest, escape, msg);
      return { ...node, trigger, args: [trigger.keyword, ...trigger.args] };
    }
    default:
      // Unknown keywords pass this stage with their arguments ignored.
      return node;
  }
}

function maybeJson(node: InstructionNode, rest: string, json: (r: string) => string[] | undefined): InstructionNode {
  if (rest === '') return node;
  const argv = json(rest);
  return argv ? { ...node, args: argv, json: true } : { ...node, args: [rest] };
}

/**
 * `ENV K=V K2="v 2"` or the legacy `ENV K the rest of the line`: a first word without `=` means
 * the legacy form, whose value is everything after the first run of blanks.
 */
function parseNameValues(rest: string, kind: string, escape: string): [string, string][] {
  const words = parseWords(rest, escape);
  if (words.length === 0) return [];
  if (!words[0].includes('=')) {
    const cut = /[\t\v\f\r ]+/.exec(rest);
    if (!cut) throw parserError(`${kind} must have two arguments`);
    return [[rest.slice(0, cut.index), rest.slice(cut.index + cut[0].length)]];
  }
  return words.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) throw parserError(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
    return [word.slice(0, eq), word.slice(eq + 1)];
  });
}

/** Go's %q for the texts Dockerfiles contain (JSON's escaping agrees on those). */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}
