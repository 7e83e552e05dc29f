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
    if (!getRuntime(api.process as Process).interactive) api.exit(0);
  },
};
