// DOCKER_HOST (set by `eval $(docker-machine env NAME)`) points the docker client at another
// machine's daemon: commands, jobs and the shells `docker exec -it` opens all run against it.
import { machineForDockerHost } from '../../../engine/machines/machines';
import type { CommandContext } from '../../types';

export function withDockerHost(cx: CommandContext): CommandContext {
  const value = cx.frame.env.DOCKER_HOST;
  if (!value) return cx;
  const target = machineForDockerHost(cx.ctx.world, value)?.name;
  if (target === undefined || target === cx.host) return cx;
  return {
    ...cx,
    host: target,
    startJob: (job) => cx.startJob({ ...job, host: target }),
    pushFrame: (frame) => cx.pushFrame({ ...frame, host: target }),
  };
}
