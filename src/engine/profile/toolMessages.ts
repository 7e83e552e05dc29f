// Network tools' era-dependent texts: the curl on the host (7.58 in 2018, 8.5 on Ubuntu 24.04,
// whose connect errors name the elapsed time), and boot2docker's login banner version lines.
import type { ProfileName } from '../world';

export interface ToolMessages {
  curlUserAgent: string;
  /** curl ≥ 7.87 reports `after N ms: Couldn't connect to server` instead of the errno text. */
  curlElapsedErrors: boolean;
  /** Lines under the boot2docker logo when `docker-machine ssh` logs in. */
  boot2dockerVersionLines: string;
}

export const toolMessages: Record<ProfileName, ToolMessages> = {
  current: {
    curlUserAgent: 'curl/8.5.0',
    curlElapsedErrors: true,
    boot2dockerVersionLines: 'Boot2Docker version 19.03.12, build HEAD : c3e4a79 - Fri Jul 31 07:22:35 UTC 2020\nDocker version 29.0.1, build eedd969\n',
  },
  classic: {
    curlUserAgent: 'curl/7.58.0',
    curlElapsedErrors: false,
    boot2dockerVersionLines: 'Boot2Docker version 18.03.1-ce, build HEAD : cb77972 - Thu Apr 26 16:40:36 UTC 2018\nDocker version 18.03.1-ce, build 9ee9f40\n',
  },
};
