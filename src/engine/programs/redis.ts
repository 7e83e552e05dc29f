// redis-server as the official image runs it: no config file, standalone on 6379, logging to
// stdout in Redis's `pid:role day month [year] time.ms level message` format. SIGTERM and SIGINT
// save the final RDB snapshot and exit 0.
import { programOutputs } from '../profile/programOutput';
import type { ProgramApi, ProgramDef, Signal } from './programTypes';
import { redisTime } from './timeFormats';

function line(api: ProgramApi, offset: number, role: 'C' | 'M', level: '*' | '#', msg: string): string {
  const { yearInTime } = programOutputs[api.profile].redis;
  return `1:${role} ${redisTime(api.now + offset, yearInTime)} ${level} ${msg}\n`;
}

const NO_CONFIG =
  'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf';

export function redisStartLog(api: ProgramApi): string {
  const r = programOutputs[api.profile].redis;
  if (!r.modern) {
    return (
      line(api, 0, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo') +
      line(api, 0, 'C', '#', `Redis version=${r.version}, bits=64, commit=00000000, modified=0, pid=1, just started`) +
      line(api, 0, 'C', '#', NO_CONFIG) +
      line(api, 2, 'M', '*', 'Running mode=standalone, port=6379.') +
      line(api, 2, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.') +
      line(api, 2, 'M', '#', 'Server initialized') +
      line(api, 2, 'M', '#', 'WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. This will create latency and memory usage issues with Redis. To fix this issue run the command \'echo never > /sys/kernel/mm/transparent_hugepage/enabled\' as root, and add it to your /etc/rc.local in order to retain the setting after a reboot. Redis must be restarted after THP is disabled.') +
      line(api, 2, 'M', '*', 'Ready to accept connections')
    );
  }
  return (
    line(api, 0, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo') +
    line(api, 0, 'C', '*', `Redis version=${r.version}, bits=64, commit=00000000, modified=1, pid=1, just started`) +
    line(api, 0, 'C', '#', NO_CONFIG) +
    line(api, 1, 'M', '*', 'monotonic clock: POSIX clock_gettime') +
    line(api, 2, 'M', '*', 'Running mode=standalone, port=6379.') +
    line(api, 3, 'M', '*', 'Server initialized') +
    line(api, 3, 'M', '*', 'Ready to accept connections tcp')
  );
}

function shutdown(api: ProgramApi, sig: Signal): void {
  const { modern } = programOutputs[api.profile].redis;
  const unix = Math.floor(api.now / 1000);
  const lvl = modern ? '*' : '#';
  api.out(
    `1:signal-handler (${unix}) Received ${sig} scheduling shutdown...\n` +
      line(api, 100, 'M', lvl, 'User requested shutdown...') +
      line(api, 100, 'M', '*', 'Saving the final RDB snapshot before exiting.') +
      line(api, 104, 'M', '*', 'DB saved on disk') +
      line(api, 104, 'M', '#', 'Redis is now ready to exit, bye bye...'),
  );
  api.exit(0);
}

export const redisServer: ProgramDef = {
  name: 'redis-server',
  start(api) {
    api.out(redisStartLog(api));
    api.listen(6379);
  },
  signal(api, sig) {
    if (sig === 'SIGTERM' || sig === 'SIGINT') shutdown(api, sig);
  },
};
