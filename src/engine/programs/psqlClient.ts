// The psql client binary of the postgres image. With a terminal (`docker exec -it c psql`) the
// shell's psql frame takes over (src/shell/commands/psql); with stdin closed it reads nothing and
// ends, as psql does.
import { getRuntime } from '../containers/processRuntime';
import type { Process } from '../world';
import type { ProgramDef } from './programTypes';

export const psqlClient: ProgramDef = {
  name: 'psql',
  interactive: 'psql',
  start(api) {
    const main = api.process.pid === api.container.state.pid || api.container.execPids.indexOf(api.process.pid) < 0;
    const stdinOpen = main ? api.container.config.openStdin : getRuntime(api.process as Process).interactive;
    if (!stdinOpen) api.exit(0);
  },
};
