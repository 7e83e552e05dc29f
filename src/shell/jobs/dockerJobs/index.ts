// The docker CLI's foreground jobs, registered with the shell's job registry.
import { registerJobHandler } from '../registry';
import { attachJob } from './attachJob';
import { buildJob } from './buildJob';
import { execJob } from './execJob';
import { logsFollowJob } from './logsFollowJob';
import { pullJob } from './pullJob';
import { statsJob } from './statsJob';
import { waitJob } from './waitJob';

export const dockerJobHandlers = [attachJob, buildJob, execJob, logsFollowJob, pullJob, statsJob, waitJob];

export function registerDockerJobs(): void {
  for (const h of dockerJobHandlers) registerJobHandler(h);
}
