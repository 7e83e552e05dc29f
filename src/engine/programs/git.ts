// git as alpine/git runs it (ENTRYPOINT ["git"], WORKDIR /git): `--version`, and `clone URL`
// which creates the repository's directory with a few canned files. The remote must be reachable
// from the container: on an internal network or with --network none the name does not resolve.
import { resolveAndReach } from './netProbe';
import type { ProgramApi, ProgramDef } from './programTypes';

const KNOWN = ['status', 'log', 'diff', 'add', 'commit', 'pull', 'push', 'fetch', 'branch', 'checkout', 'switch', 'remote', 'show', 'tag', 'reset', 'merge'];

const VERSION = { classic: '2.15.2', current: '2.49.1' } as const;

const USAGE = `usage: git [--version] [--help] [-C <path>] [-c <name>=<value>]
           [--exec-path[=<path>]] [--html-path] [--man-path] [--info-path]
           [-p | --paginate | -P | --no-pager] [--no-replace-objects] [--bare]
           [--git-dir=<path>] [--work-tree=<path>] [--namespace=<name>]
           <command> [<args>]
`;

/** What a cloned repository holds: the getting-started app, or a README for anything else. */
function cannedFiles(repo: string): Record<string, string> {
  if (repo === 'getting-started-app') {
    return {
      'package.json': '{\n  "name": "101-app",\n  "version": "1.0.0",\n  "main": "index.js",\n  "license": "MIT",\n  "scripts": {\n    "dev": "nodemon src/index.js"\n  }\n}\n',
      'src/index.js': "const express = require('express');\nconst app = express();\n\napp.use(express.json());\napp.use(express.static(__dirname + '/static'));\n\napp.listen(3000, () => console.log('Listening on port 3000'));\n",
      'README.md': '# Getting started app\n\nA small to-do list app for the Docker getting-started guide.\n',
    };
  }
  return { 'README.md': `# ${repo}\n` };
}

function hostOf(url: string): string | undefined {
  const m = /^(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/:]+)/.exec(url) ?? /^[^@/]+@([^:/]+):/.exec(url);
  return m ? m[1] : undefined;
}

function repoName(url: string): string {
  const last = url.replace(/\/+$/, '').split(/[/:]/).pop() ?? 'repo';
  return last.replace(/\.git$/, '');
}

function clone(api: ProgramApi, args: string[]): void {
  const positional = args.filter((a) => !a.startsWith('-'));
  const url = positional[0];
  if (!url) {
    api.err('fatal: You must specify a repository to clone.\n\nusage: git clone [<options>] [--] <repo> [<dir>]\n');
    api.exit(129);
    return;
  }
  const dir = positional[1] ?? repoName(url);
  const cwd = api.container.config.workingDir || '/';
  const target = `${cwd.replace(/\/$/, '')}/${dir}`;
  if (api.readFile(`${target}/.git/HEAD`) !== undefined) {
    api.err(`fatal: destination path '${dir}' already exists and is not an empty directory.\n`);
    api.exit(128);
    return;
  }
  api.err(`Cloning into '${dir}'...\n`);
  const host = hostOf(url);
  const probe = host ? resolveAndReach(api.world, api.host, api.container.id, host) : undefined;
  if (!probe || !probe.ok) {
    api.err(`fatal: unable to access '${url}/': Could not resolve host: ${host ?? url}\n`);
    api.exit(128);
    return;
  }
  if (!probe.reachable) {
    api.err(`fatal: unable to access '${url}/': Failed to connect to ${host} port 443 after 130000 ms: Could not connect to server\n`);
    api.exit(128);
    return;
  }
  api.writeFile?.(`${target}/.git/HEAD`, 'ref: refs/heads/main\n');
  for (const [path, text] of Object.entries(cannedFiles(repoName(url)))) api.writeFile?.(`${target}/${path}`, text);
  api.exit(0);
}

export const git: ProgramDef = {
  name: 'git',
  start(api) {
    const args = api.argv.slice(1);
    const sub = args[0];
    if (sub === '--version' || sub === 'version') {
      api.out(`git version ${VERSION[api.profile]}\n`);
      api.exit(0);
    } else if (sub === 'clone') {
      clone(api, args.slice(1));
    } else if (sub === undefined || sub === '--help' || sub === 'help') {
      api.out(USAGE);
      api.exit(sub === undefined ? 1 : 0);
    } else if (KNOWN.includes(sub)) {
      // Only clone is modelled; the working directory is never a repository of its own.
      api.err('fatal: not a git repository (or any of the parent directories): .git\n');
      api.exit(128);
    } else {
      api.err(`git: '${sub}' is not a git command. See 'git --help'.\n`);
      api.exit(1);
    }
  },
};
