import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../appStore';
import { advanceClock, interrupt, runLine } from '../actions';
import { saveEditor, closeEditor } from '../editorActions';
import { sessionScript } from './shareActions';
import { undo } from './timelineActions';

function type(store: AppStore, line: string, interruptAfter?: number): void {
  let step = runLine(line, store);
  for (let frame = 0; step.running; frame++) {
    if (interruptAfter !== undefined && frame >= interruptAfter) {
      interrupt(store);
      return;
    }
    step = advanceClock(100, store, undefined, 80);
  }
}

describe('exportScript', () => {
  it('keeps host commands and heredocs, comments what a script cannot do the same way', () => {
    const store = createAppStore({ profile: 'current' });
    type(store, 'docker network create app-net');
    type(store, 'cat > app.py <<EOF');
    type(store, 'exit');
    type(store, 'sleep 1');
    type(store, 'EOF');
    type(store, 'sleep 2');
    type(store, 'ping -c 100 localhost', 5);
    type(store, 'docker run -it --name shell busybox sh');
    type(store, 'ls /');
    type(store, 'exit');
    runLine('nano Dockerfile', store);
    saveEditor('t1', 'FROM busybox\nCMD ["echo", "hi"]\n', undefined, store);
    closeEditor('t1', store);
    advanceClock(16, store);
    type(store, '');
    type(store, 'docker-machine create --driver virtualbox myvm1');
    type(store, 'docker ps -a');
    expect(sessionScript(store)).toBe(`#!/bin/sh
# Exported from Docker Pathshala: the commands of a simulated session, to run on a real machine
# with Docker installed. \`set -e\` is left off on purpose: like in the session, a command that
# fails (a typo, a name already taken) does not stop the ones after it.

docker network create app-net
cat > app.py <<EOF
exit
sleep 1
EOF
# the simulator skipped this wait on its virtual clock; here it really waits
sleep 2
# stopped with Ctrl-C in the session; it would not end by itself
# ping -c 100 localhost
# interactive in the session (it opened a shell or program): run it by hand
# docker run -it --name shell busybox sh
# typed inside a container's sh (3628e374f6c5): run it there by hand
# ls /
# typed inside a container's sh (3628e374f6c5): run it there by hand
# exit
# nano Dockerfile
# written with the editor in the session
cat > 'Dockerfile' <<'PATHSHALA_EOF'
FROM busybox
CMD ["echo", "hi"]
PATHSHALA_EOF
# simulator-only step: a docker-machine VM (on a real machine, use your own Docker host or VMs)
# docker-machine create --driver virtualbox myvm1
docker ps -a
`);
  });

  it('stops where the timeline stands', () => {
    const store = createAppStore({ profile: 'classic' });
    type(store, 'docker network create n1');
    type(store, 'docker network create n2');
    undo(store);
    expect(sessionScript(store).trimEnd().split('\n').slice(-1)).toEqual(['docker network create n1']);
  });
});
