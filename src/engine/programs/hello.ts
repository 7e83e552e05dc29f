// hello-world's /hello: a static binary that writes one message and exits 0
// (docker-library/hello-world hello.c). The URLs at the end changed over the years.
import { programOutputs } from '../profile/programOutput';
import type { ProgramDef } from './programTypes';

export function helloText(dockerIdUrl: string, examplesUrl: string): string {
  return [
    '',
    'Hello from Docker!',
    'This message shows that your installation appears to be working correctly.',
    '',
    'To generate this message, Docker took the following steps:',
    ' 1. The Docker client contacted the Docker daemon.',
    ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
    '    (amd64)',
    ' 3. The Docker daemon created a new container from that image which runs the',
    '    executable that produces the output you are currently reading.',
    ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
    '    to your terminal.',
    '',
    'To try something more ambitious, you can run an Ubuntu container with:',
    ' $ docker run -it ubuntu bash',
    '',
    'Share images, automate workflows, and more with a free Docker ID:',
    ` ${dockerIdUrl}`,
    '',
    'For more examples and ideas, visit:',
    ` ${examplesUrl}`,
    '',
    '',
  ].join('\n');
}

export const hello: ProgramDef = {
  name: 'hello',
  start(api) {
    const { dockerIdUrl, examplesUrl } = programOutputs[api.profile].hello;
    api.out(helloText(dockerIdUrl, examplesUrl));
    api.exit(0);
  },
};
