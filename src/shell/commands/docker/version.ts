// `docker version [-f FORMAT]`: the client block, then the server's (per era, from the profile),
// aligned by a tabwriter as docker/cli does; a stopped daemon still gets the client block.
import type { Profile } from '../../../engine/profile';
import { executeTemplate, parseTemplate, TemplateError } from '../../format/goTemplate';
import { tabwrite } from '../../format/tabwriter';
import type { CommandContext } from '../../types';
import type { DockerSubcommand } from './subcommand';

function clientData(p: Profile) {
  return {
    Platform: { Name: p.cli.info.platformName },
    Version: p.version,
    APIVersion: p.apiVersion,
    DefaultAPIVersion: p.apiVersion,
    GitCommit: p.gitCommit,
    GoVersion: p.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: p.clientBuilt,
    Experimental: false,
    Orchestrator: 'swarm',
    Context: 'default',
  };
}

function serverData(p: Profile) {
  const engine = {
    Name: 'Engine',
    Version: p.version,
    Details: {
      ApiVersion: p.apiVersion,
      Arch: 'amd64',
      BuildTime: p.serverBuilt,
      Experimental: 'false',
      GitCommit: p.gitCommit,
      GoVersion: p.goVersion,
      KernelVersion: p.kernelRelease,
      MinAPIVersion: p.minApiVersion,
      Os: 'linux',
    },
  };
  const others = p.cli.info.serverComponents.map((c) => ({ Name: c.name, Version: c.version, Details: { GitCommit: c.gitCommit } }));
  return {
    Platform: { Name: p.cli.info.platformName },
    Components: [engine, ...others],
    Version: p.version,
    APIVersion: p.apiVersion,
    MinAPIVersion: p.minApiVersion,
    GitCommit: p.gitCommit,
    GoVersion: p.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: p.kernelRelease,
    Experimental: false,
    BuildTime: p.serverBuilt,
  };
}

function clientBlock(p: Profile): string {
  const name = p.cli.info.platformName ? ` ${p.cli.info.platformName}` : '';
  const lines = [
    `Client:${name}`,
    ` Version:\t${p.version}`,
    ` API version:\t${p.apiVersion}`,
    ` Go version:\t${p.goVersion}`,
    ` Git commit:\t${p.gitCommit}`,
    ` Built:\t${p.clientBuilt}`,
    ` OS/Arch:\tlinux/amd64`,
  ];
  // 18.03 listed Experimental and Orchestrator; later clients show the context instead.
  if (p.name === 'classic') lines.push(' Experimental:\tfalse', ' Orchestrator:\tswarm');
  else lines.push(' Context:\tdefault');
  return lines.join('\n');
}

function serverBlock(p: Profile): string {
  const name = p.cli.info.platformName ? ` ${p.cli.info.platformName}` : '';
  const lines = [
    '',
    '',
    `Server:${name}`,
    ' Engine:',
    `  Version:\t${p.version}`,
    `  API version:\t${p.apiVersion} (minimum version ${p.minApiVersion})`,
    `  Go version:\t${p.goVersion}`,
    `  Git commit:\t${p.gitCommit}`,
    `  Built:\t${p.serverBuilt}`,
    `  OS/Arch:\tlinux/amd64`,
    `  Experimental:\tfalse`,
  ];
  for (const c of p.cli.info.serverComponents) lines.push(` ${c.name}:`, `  Version:\t${c.version}`, `  GitCommit:\t${c.gitCommit}`);
  return lines.join('\n');
}

function daemonUp(cx: CommandContext): boolean {
  return cx.ctx.world.hosts[cx.host]?.daemon.running === true;
}

export const versionCommand: DockerSubcommand = {
  spec: {
    path: 'docker version',
    usage: '[OPTIONS]',
    description: 'Show the Docker version information',
    args: { max: 0 },
    flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format the output using the given Go template' }],
  },
  run(cx, args) {
    const p = cx.profile;
    const up = daemonUp(cx);
    const format = args.flags.format as string | undefined;
    if (format) {
      let text: string;
      try {
        text = executeTemplate(parseTemplate(format), { Client: clientData(p), Server: up ? serverData(p) : null });
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        cx.err(`${p.cli.templateErrorPrefix}${e.message}\n`);
        return 64;
      }
      cx.out(`${text}\n`);
    } else {
      const text = clientBlock(p) + (up ? serverBlock(p) : '') + '\n';
      cx.out(tabwrite(text, { minWidth: p.cli.versionMinWidth, tabWidth: 1, padding: 1 }));
    }
    if (up) return 0;
    cx.err(`${p.cli.daemonDown}\n`);
    return 1;
  },
};
