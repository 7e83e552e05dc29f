// wget as busybox has it (busybox/alpine images, boot2docker): `-O -` writes to stdout, `-q`
// is quiet, the default saves the page under its file name (index.html for `/`).
import { httpRequest, type NetOrigin } from '../../../engine/http/httpRequest';
import { resolvePath } from '../../../engine/fs/path';
import { runtimeOf } from '../../interp/runtime';
import type { Command, CommandContext } from '../../types';
import { NET_WAIT_JOB, type NetWaitData } from './netWaitJob';
import { busyboxBanner } from './busyboxBanner';

/** busybox wget's own timeout for a connection that gets no answer. */
const WGET_TIMEOUT_MS = 900_000;

function originOf(cx: CommandContext): NetOrigin {
  return cx.frame.kind === 'container' && cx.frame.containerId ? { host: cx.host, containerId: cx.frame.containerId } : { host: cx.host };
}

function progress(name: string, bytes: number): string {
  return `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${String(bytes).padStart(5)}  0:00:00 ETA\n`;
}

export const wgetCommand: Command = {
  name: 'wget',
  summary: 'Retrieve files via HTTP',
  run(cx, args) {
    let quiet = false;
    let output: string | undefined;
    let url: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-q') quiet = true;
      else if (a === '-O') output = args[++i];
      else if (a.startsWith('-O')) output = a.slice(2);
      else if (a === '-qO') {
        quiet = true;
        output = args[++i];
      } else if (!a.startsWith('-')) url = a;
    }
    if (!url) {
      cx.err(`${busyboxBanner(runtimeOf(cx))}\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n`);
      return 1;
    }
    const ex = httpRequest(cx.ctx, originOf(cx), url, { headers: { 'User-Agent': 'Wget', Connection: 'close' } });
    const f = ex.failure;
    if (f?.kind === 'resolve') {
      cx.err(`wget: bad address '${f.host}'\n`);
      return 1;
    }
    if (f?.kind === 'bad-url' || f?.kind === 'unsupported-protocol' || f?.kind === 'bad-port') {
      cx.err(`wget: not an http or ftp url: ${url}\n`);
      return 1;
    }
    const port = ex.url!.port;
    if (!quiet) cx.err(`Connecting to ${ex.url!.host}${ex.url!.explicitPort || port !== 80 ? `:${port}` : ''} (${ex.ip}:${port})\n`);
    if (f?.kind === 'refused') {
      cx.err(`wget: can't connect to remote host (${ex.ip}): Connection refused\n`);
      return 1;
    }
    if (f?.kind === 'timeout') {
      const data: NetWaitData = { endsAt: cx.ctx.world.now + WGET_TIMEOUT_MS, stderr: 'wget: download timed out\n', exitCode: 1 };
      if (runtimeOf(cx).jobsAllowed) cx.startJob({ kind: NET_WAIT_JOB, startedAt: cx.ctx.world.now, data });
      else cx.err(data.stderr);
      return 1;
    }
    if (f) {
      cx.err('wget: error getting response: Connection reset by peer\n');
      return 1;
    }
    const r = ex.response!;
    if (r.status >= 400) {
      cx.err(`wget: server returned error: HTTP/1.1 ${r.status} ${r.statusText}\n`);
      return 1;
    }
    const toStdout = output === '-';
    const name = output ?? (ex.url!.path.split('?')[0].split('/').pop() || 'index.html');
    if (!quiet) cx.err(toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`);
    if (toStdout) cx.out(r.body);
    else runtimeOf(cx).vfs.writeFile(resolvePath(cx.frame.cwd, name), r.body);
    if (!quiet) cx.err(`${progress(toStdout ? '-' : name, r.body.length)}${toStdout ? 'written to stdout\n' : `'${name}' saved\n`}`);
    return 0;
  },
};
