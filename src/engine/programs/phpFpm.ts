// php-fpm in tutum/hello-world: started without -F it forks its master into the background,
// so the command returns 0 at once and the script goes on to `exec nginx`.
import type { ProgramDef } from './programTypes';

export const phpFpm: ProgramDef = {
  name: 'php-fpm',
  start(api) {
    api.exit(0);
  },
};
