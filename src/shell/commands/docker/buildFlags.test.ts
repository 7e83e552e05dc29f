// docker build's options beyond -t/-f basics: several tags, a Dockerfile elsewhere, --label,
// --iidfile, --pull, HEALTHCHECK in the image config, unsupported contexts and buildx's help.
import { describe, expect, it } from 'vitest';
import { session } from './buildTestSession';

const HEALTHY = "printf 'FROM busybox\\nHEALTHCHECK --interval=5s CMD wget -q localhost || exit 1\\nCMD [\"sh\"]\\n' > Dockerfile";

describe('docker build options', () => {
  for (const profile of ['classic', 'current'] as const) {
    it(`${profile}: two tags, -f elsewhere, --label and HEALTHCHECK in the config, --iidfile`, () => {
      const s = session(profile);
      s.type(HEALTHY);
      s.type('mkdir docker && cp Dockerfile docker/Dockerfile.dev');
      const built = s.type('docker build -q -t myapp:1.0 -t myapp:latest --label team=bn --iidfile id.txt .');
      expect(built.exitCode).toBe(0);
      const id = s.world.hosts.default.daemon.tags['myapp:1.0'];
      expect(s.world.hosts.default.daemon.tags['myapp:latest']).toBe(id);
      expect(built.text).toBe(`sha256:${id}\n`);
      expect(s.type('cat id.txt').text).toBe(`sha256:${id}`);
      expect(s.type("docker image inspect -f '{{json .Config.Healthcheck}} {{json .Config.Labels}}' myapp:1.0").text).toBe('{"Test":["CMD-SHELL","wget -q localhost || exit 1"],"Interval":5000000000} {"team":"bn"}\n');
      // The same Dockerfile from docker/ builds the same image (without the label).
      const dev = s.type('docker build -q -f docker/Dockerfile.dev .');
      expect(dev.exitCode).toBe(0);
      expect(s.type(`docker image inspect -f '{{json .Config}}' ${dev.text.trim()}`).text).not.toContain('team');
    });
  }

  it('classic: --label is one more step, LABEL "k"=\'v\' sorted by key', () => {
    const s = session('classic');
    s.type("printf 'FROM busybox\\n' > Dockerfile");
    const { text } = s.type('docker build --label b=2 --label a=1 -t l .');
    expect(text).toMatch(/^Sending build context to Docker daemon {2}\d+(\.\d+)?kB\nStep 1\/2 : FROM busybox\n ---> [0-9a-f]{12}\nStep 2\/2 : LABEL "a"='1' "b"='2'\n ---> Running in [0-9a-f]{12}\nRemoving intermediate container [0-9a-f]{12}\n ---> [0-9a-f]{12}\nSuccessfully built [0-9a-f]{12}\nSuccessfully tagged l:latest\n$/);
    expect(s.type('docker history --format "{{.CreatedBy}}" l').text.split('\n')[0]).toBe('/bin/sh -c #(nop)  LABEL a=1 b=2');
  });

  it('--pull asks the registry again: classic prints the pull in Step 1, BuildKit does not use the cached base', () => {
    const classic = session('classic');
    classic.type("printf 'FROM busybox\\n' > Dockerfile");
    expect(classic.type('docker build --pull .').text).toContain('Step 1/1 : FROM busybox\nlatest: Pulling from library/busybox\nDigest: sha256:');
    expect(classic.type('docker build --pull .').text).toContain('\nStatus: Image is up to date for busybox:latest\n ---> ');
    const current = session('current');
    current.type("printf 'FROM busybox\\n' > Dockerfile");
    expect(current.type('docker build .').text).toContain(' => CACHED [1/1] FROM docker.io/library/busybox:latest@sha256:');
    const pulled = current.type('docker build --pull .').text;
    expect(pulled).toMatch(/\n => \[1\/1\] FROM docker\.io\/library\/busybox:latest@sha256:[0-9a-f]+ +\d\.\ds\n => => resolve docker\.io\/library\/busybox:latest@sha256:/);
  });

  it('refuses a URL or stdin context with a clear message', () => {
    const s = session('current');
    const url = s.type('docker build -t app https://github.com/docker/getting-started.git');
    expect(url).toMatchObject({ exitCode: 1, text: 'docker build: this simulator cannot fetch a build context from a URL (https://github.com/docker/getting-started.git).\nCopy the files into a folder here and build that folder: docker build -t NAME FOLDER\n' });
    expect(s.type('docker build -').text).toBe('docker build: this simulator cannot read a build context or Dockerfile from stdin (-).\nWrite the Dockerfile into a folder and build that folder: docker build -t NAME FOLDER\n');
  });

  it('shows buildx build\'s help in current, the 18.03 one in classic', () => {
    const current = session('current').type('docker build --help').text;
    expect(current.startsWith('\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n\nAliases:\n  docker build, docker builder build, docker image build, docker buildx b\n\nOptions:\n      --add-host strings              Add a custom host-to-IP mapping\n')).toBe(true);
    expect(current).toContain('\n  -t, --tag stringArray               Image identifier (format:\n                                      "[registry/]repository[:tag]")\n      --target string                 Set the target build stage to build\n      --ulimit ulimit                 Ulimit options (default [])\n');
    expect(current.endsWith('(default [])\n')).toBe(true);
    const classic = session('classic').type('docker build --help').text;
    expect(classic.startsWith('\nUsage:\tdocker build [OPTIONS] PATH | URL | -\n\nBuild an image from a Dockerfile\n')).toBe(true);
  });
});
