// A stand-in server program for container tests: it listens on 80, logs a line, and exits 0
// one second after SIGTERM, as nginx does.
import type { ProgramDef } from '../programs/programTypes';

export const graceful: ProgramDef = {
  name: 'graceful',
  start(api) {
    api.listen(80);
    api.out('ready\n');
  },
  signal(api, sig) {
    if (sig === 'SIGTERM') api.wakeAt(api.now + 1000);
  },
  tick(api) {
    api.out('bye\n');
    api.exit(0);
  },
};
