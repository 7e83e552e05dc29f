// `docker-machine ssh NAME [cmd]`: with a command, runs it in the VM's shell and prints what it
// printed; without, logs in (boot2docker's banner) and the terminal's next lines go to that VM
// until `exit`.
import { getMachine, isMachineRunning } from '../../../engine/machines/machines';
import type { Frame } from '../../../engine/world';
import { runNested } from '../../interpreter';
import { makeRuntime, runtimeOf } from '../../interp/runtime';
import type { CommandContext } from '../../types';
import { fail, NO_DEFAULT } from './machineArgs';

const LOGO = [
  '                        ##         .',
  '                  ## ## ##        ==',
  '               ## ## ## ## ##    ===',
  '           /"""""""""""""""""\\___/ ===',
  '      ~~~ {~~ ~~~~ ~~~ ~~~~ ~~~ ~ /  ===- ~~~',
  '           \\______ o           __/',
  '             \\    \\         __/',
  '              \\____\\_______/',
  ' _                 _   ____     _            _',
  '| |__   ___   ___ | |_|___ \\ __| | ___   ___| | _____ _ __',
  "| '_ \\ / _ \\ / _ \\| __| __) / _` |/ _ \\ / __| |/ / _ \\ '__|",
  '| |_) | (_) | (_) | |_ / __/ (_| | (_) | (__|   <  __/ |',
  '|_.__/ \\___/ \\___/ \\__|_____\\__,_|\\___/ \\___|_|\\_\\___|_|',
].join('\n');

export function loginFrame(host: string, user: string, home: string): Frame {
  return {
    kind: 'host',
    program: 'bash',
    host,
    user,
    cwd: home,
    env: { HOME: home, USER: user, LOGNAME: user, SHELL: '/bin/sh', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', PWD: home, TERM: 'xterm' },
    lastExit: 0,
  };
}

export function machineSsh(cx: CommandContext, args: string[]): number {
  const world = cx.ctx.world;
  const first = args[0];
  const name = first !== undefined && getMachine(world, first) ? first : first === undefined && getMachine(world, 'default') ? 'default' : first;
  if (name === undefined) return fail(cx, NO_DEFAULT);
  const host = getMachine(world, name);
  if (!host) return fail(cx, `Host does not exist: "${name}"`);
  if (!isMachineRunning(host)) return fail(cx, `Error: Cannot run SSH command: Host "${name}" is not running`);
  const frame = loginFrame(name, host.user, host.home);
  const command = args.slice(1).join(' ');
  if (command.trim() !== '') {
    const rt = makeRuntime({ ...runtimeOf(cx), host: name, frame, interactive: false });
    return runNested(rt, command, frame, cx.out, cx.err);
  }
  cx.out(`${LOGO}\n${cx.profile.tools.boot2dockerVersionLines}`);
  cx.pushFrame(frame);
  return 0;
}
