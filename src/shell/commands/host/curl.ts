// curl: one HTTP request through the simulated network (engine/http), printed as the era's
// curl prints it. On the host it is always there; in a container only if the image has it.
import { httpRequest, type HttpExchange, type NetOrigin } from '../../../engine/http/httpRequest';
import { resolvePath } from '../../../engine/fs/path';
import { registerJobHandler } from '../../jobs/registry';
import { runtimeOf } from '../../interp/runtime';
import type { Command, CommandContext } from '../../types';
import { curlError, headerBlock, verboseClose, verboseRequest, verboseResponse } from './curlOutput';
import { NET_WAIT_JOB, netWaitJob, type NetWaitData } from './netWaitJob';

registerJobHandler(netWaitJob);

interface CurlOpts {
  url?: string;
  include: boolean;
  verbose: boolean;
  silent: boolean;
  showError: boolean;
  head: boolean;
  location: boolean;
  fail: boolean;
  output?: string;
  method?: string;
  headers: Record<string, string>;
  data?: string;
  maxTimeMs?: number;
}

const VALUED_SHORT = new Set(['o', 'X', 'H', 'd', 'm', 'A', 'u']);
const LONG: Record<string, string> = {
  '--include': 'i', '--verbose': 'v', '--silent': 's', '--show-error': 'S', '--head': 'I', '--location': 'L', '--fail': 'f', '--insecure': 'k',
  '--output': 'o', '--request': 'X', '--header': 'H', '--data': 'd', '--data-raw': 'd', '--max-time': 'm', '--connect-timeout': 'm', '--user-agent': 'A',
};

function parse(args: string[]): CurlOpts | string {
  const o: CurlOpts = { include: false, verbose: false, silent: false, showError: false, head: false, location: false, fail: false, headers: {} };
  const apply = (flag: string, value?: string) => {
    if (flag === 'i') o.include = true;
    else if (flag === 'v') o.verbose = true;
    else if (flag === 's') o.silent = true;
    else if (flag === 'S') o.showError = true;
    else if (flag === 'I') o.head = true;
    else if (flag === 'L') o.location = true;
    else if (flag === 'f') o.fail = true;
    else if (flag === 'o') o.output = value;
    else if (flag === 'X') o.method = value;
    else if (flag === 'd') o.data = value;
    else if (flag === 'm') o.maxTimeMs = Math.round(Number(value) * 1000);
    else if (flag === 'A') o.headers['User-Agent'] = value ?? '';
    else if (flag === 'H' && value !== undefined) {
      const i = value.indexOf(':');
      if (i > 0) o.headers[value.slice(0, i).trim()] = value.slice(i + 1).trim();
    }
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.split('=', 2);
      const flag = LONG[name];
      if (!flag) return `option ${name}: is unknown`;
      apply(flag, VALUED_SHORT.has(flag) ? (inline ?? args[++i]) : undefined);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (VALUED_SHORT.has(f)) {
          apply(f, j + 1 < a.length ? a.slice(j + 1) : args[++i]);
          break;
        }
        if (!'ivsSILfk'.includes(f)) return `option -${f}: is unknown`;
        apply(f);
      }
    } else o.url = a;
  }
  return o;
}

function originOf(cx: CommandContext): NetOrigin {
  return cx.frame.kind === 'container' && cx.frame.containerId ? { host: cx.host, containerId: cx.frame.containerId } : { host: cx.host };
}

function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  return `${String(Math.floor(n / 1024 / 1024)).padStart(4)}M`;
}

/** The progress meter curl shows when the body does not go to the terminal. */
function meter(bytes: number): string {
  const speed = size5(bytes * 1000);
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `100 ${size5(bytes)}  100 ${size5(bytes)}    0     0 ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`
  );
}

function exchange(cx: CommandContext, o: CurlOpts): HttpExchange {
  const headers: Record<string, string> = { 'User-Agent': cx.profile.tools.curlUserAgent, Accept: '*/*', ...o.headers };
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  if (o.data !== undefined) {
    headers['Content-Length'] = String(o.data.length);
    headers['Content-Type'] = headers['Content-Type'] ?? 'application/x-www-form-urlencoded';
  }
  let ex = httpRequest(cx.ctx, originOf(cx), o.url!, { method, headers, body: o.data });
  for (let hops = 0; o.location && hops < 5 && ex.response && [301, 302, 303, 307, 308].includes(ex.response.status); hops++) {
    const loc = Object.entries(ex.response.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (!loc || !/^https?:\/\//.test(loc)) break;
    ex = httpRequest(cx.ctx, originOf(cx), loc, { method, headers, body: o.data });
  }
  return ex;
}

export const curlCommand: Command = {
  name: 'curl',
  summary: 'Transfer a URL',
  run(cx, args) {
    const o = parse(args);
    const modern = cx.profile.tools.curlElapsedErrors;
    if (typeof o === 'string') {
      cx.err(`curl: ${o}\ncurl: try 'curl --help'${modern ? '' : " or 'curl --manual'"} for more information\n`);
      return 2;
    }
    if (!o.url) {
      cx.err(`curl: try 'curl --help'${modern ? '' : " or 'curl --manual'"} for more information\n`);
      return 2;
    }
    const ex = exchange(cx, o);
    if (o.verbose) cx.err(verboseRequest(ex, cx.profile));
    if (ex.failure) {
      const e = curlError(ex.failure, ex.url?.host ?? o.url, cx.profile, o.maxTimeMs);
      const text = !o.silent || o.showError ? `curl: (${e.code}) ${e.message}\n` : '';
      if (e.afterMs > 0 && runtimeOf(cx).jobsAllowed) {
        const data: NetWaitData = { endsAt: cx.ctx.world.now + e.afterMs, stderr: text, exitCode: e.code };
        cx.startJob({ kind: NET_WAIT_JOB, startedAt: cx.ctx.world.now, data });
        return e.code;
      }
      cx.err(text);
      return e.code;
    }
    const r = ex.response!;
    if (o.fail && r.status >= 400) {
      if (!o.silent || o.showError) cx.err(`curl: (22) The requested URL returned error: ${r.status}${modern ? '' : ` ${r.statusText}`}\n`);
      return 22;
    }
    if (o.verbose) cx.err(verboseResponse(r));
    const head = o.include || o.head ? headerBlock(r) : '';
    const body = o.head ? '' : r.body;
    if (o.output !== undefined && o.output !== '-') {
      const rt = runtimeOf(cx);
      if (!o.silent) cx.err(meter(body.length));
      const file = resolvePath(cx.frame.cwd, o.output);
      // The character device takes anything (`-o /dev/null` to see only -w or the status).
      if (file !== '/dev/null') rt.vfs.writeFile(file, head + body);
    } else {
      // Output that does not go to the terminal gets the progress meter on stderr.
      if (!cx.isTty && !o.silent && !o.verbose) cx.err(meter(body.length));
      cx.out(head + body);
    }
    if (o.verbose) cx.err(verboseClose(ex, cx.profile));
    return 0;
  },
};
