// Registry entries of the container commands: the `docker container …` forms and the legacy
// top-level ones (`docker run`, `docker ps` …), which are separate cobra commands.
import { registerDockerJobs } from '../../jobs/dockerJobs';
import type { RegistryEntry } from './registry';
import type { DockerSubcommand } from './subcommand';
import { attachCommand } from './attach';
import { containerInspectCommand } from './containerInspect';
import { containerPruneCommand } from './containerPrune';
import { cpCommand } from './cp';
import { createCommand } from './create';
import { diffCommand } from './diff';
import { execCommand } from './exec';
import { killCommand } from './kill';
import { logsCommand } from './logs';
import { pauseCommand } from './pause';
import { portCommand } from './port';
import { psCommand } from './ps';
import { renameCommand } from './rename';
import { restartCommand } from './restart';
import { rmCommand } from './rm';
import { runCommand } from './run';
import { startCommand } from './start';
import { statsCommand } from './stats';
import { stopCommand } from './stop';
import { topCommand } from './top';
import { unpauseCommand } from './unpause';
import { waitCommand } from './wait';

// Their foreground jobs (attached run, logs -f, exec, stats, wait) come with the commands.
registerDockerJobs();

const withLegacy: [string, DockerSubcommand][] = [
  ['attach', attachCommand],
  ['cp', cpCommand],
  ['create', createCommand],
  ['diff', diffCommand],
  ['exec', execCommand],
  ['kill', killCommand],
  ['logs', logsCommand],
  ['pause', pauseCommand],
  ['port', portCommand],
  ['rename', renameCommand],
  ['restart', restartCommand],
  ['run', runCommand],
  ['start', startCommand],
  ['stats', statsCommand],
  ['stop', stopCommand],
  ['top', topCommand],
  ['unpause', unpauseCommand],
  ['wait', waitCommand],
];

export const containerEntries: RegistryEntry[] = [
  ...withLegacy.flatMap(([name, sub]): RegistryEntry[] => [
    { names: [`container ${name}`], sub },
    { names: [name], sub },
  ]),
  { names: ['container rm', 'container remove'], sub: rmCommand },
  { names: ['rm'], sub: rmCommand },
  { names: ['container ls', 'container list', 'container ps'], sub: psCommand },
  { names: ['ps'], sub: psCommand },
  { names: ['container prune'], sub: containerPruneCommand },
  { names: ['container inspect'], sub: containerInspectCommand },
];
