// sleep N: the usual way to keep a container alive. It installs no signal handler, so as PID 1
// it ignores SIGTERM and `docker stop` has to wait for the SIGKILL (Exited (137)).
import { BUSYBOX_SLEEP_USAGE, busyboxProfiles } from '../profile/busyboxProfile';
import type { ProgramDef } from './programTypes';

interface SleepState {
  until: number | null; // null: sleep infinity
}

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds of one busybox/coreutils duration word (`10`, `1.5`, `2m`, `infinity`), or null if invalid. */
export function parseSleepSeconds(word: string): number | null {
  if (word === 'infinity' || word === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(word);
  return m ? parseFloat(m[1]) * UNITS[m[2]] : null;
}

export const sleep: ProgramDef = {
  name: 'sleep',
  start(api) {
    const words = api.argv.slice(1);
    if (words.length === 0) {
      if (api.readFile('/bin/busybox') !== undefined) {
        const p = busyboxProfiles[api.profile];
        api.err(`${api.readFile('/etc/alpine-release') !== undefined ? p.alpine : p.busyboxImage}\n\n${BUSYBOX_SLEEP_USAGE}`);
      } else api.err('sleep: missing operand\nTry \'sleep --help\' for more information.\n');
      api.exit(1);
      return;
    }
    let total = 0;
    for (const w of words) {
      const s = parseSleepSeconds(w);
      if (s === null) {
        api.err(`sleep: invalid time interval '${w}'\nTry 'sleep --help' for more information.\n`);
        api.exit(1);
        return;
      }
      total += s;
    }
    if (total === Infinity) {
      api.setState<SleepState>({ until: null });
      return;
    }
    const until = api.now + Math.round(total * 1000);
    api.setState<SleepState>({ until });
    if (until <= api.now) api.exit(0);
    else api.wakeAt(until);
  },
  tick(api) {
    const st = api.getState<SleepState>();
    if (st?.until != null && api.now >= st.until) api.exit(0);
  },
};
