// BuildKit's linter warnings in the CLI output: a ` => WARN:` line under the definition's vertex,
// `#1 WARN:` in plain mode, and buildx's summary when the view closes (none with -q).
import { describe, expect, it } from 'vitest';
import { session } from './buildTestSession';

const LEGACY = "printf 'FROM busybox\\nENV NAME World\\nCMD [\"sh\"]\\n' > Dockerfile";
const SUMMARY = '\n \x1b[33m1 warning found (use docker --debug to expand):\n\x1b[0m - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)\n';

describe('BuildKit warnings', () => {
  it('lists the warning under the definition and sums it up after the view', () => {
    const s = session('current');
    s.type(LEGACY);
    const { text, exitCode } = s.type('docker build -t legacy .');
    expect(exitCode).toBe(0);
    expect(text).toContain(' => => transferring dockerfile: 41B                                        0.0s\n => WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of  0.0s\n => [internal] load metadata for docker.io/library/busybox:latest');
    expect(text.endsWith(` => => naming to docker.io/library/legacy:latest                           0.0s\n${SUMMARY}`)).toBe(true);
  });

  it('prints #1 WARN in plain mode, and no summary with -q', () => {
    const s = session('current');
    s.type(LEGACY);
    const plain = s.type('docker build --progress=plain .').text;
    expect(plain).toContain('#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 41B done\n#1 WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)\n#1 DONE 0.0s\n');
    expect(plain.slice(0, -SUMMARY.length)).toMatch(/\n#\d+ DONE \d\.\ds\n\n$/);
    expect(plain.endsWith(SUMMARY)).toBe(true);
    const quiet = s.type('docker build -q .');
    expect(quiet.text).toMatch(/^sha256:[0-9a-f]{64}\n$/);
  });

  it('puts the summary between a failed step\'s log and the Dockerfile excerpt', () => {
    const s = session('current');
    s.type("printf 'FROM busybox\\nENV A B\\nRUN foo\\n' > Dockerfile");
    const { text } = s.type('docker build .');
    expect(text.slice(text.indexOf('------'))).toBe(
      `------\n > [2/2] RUN foo:\n0.145 /bin/sh: foo: not found\n------\n${SUMMARY}Dockerfile:3\n--------------------\n   1 |     FROM busybox\n   2 |     ENV A B\n   3 | >>> RUN foo\n   4 |     \n--------------------\nERROR: failed to solve: process "/bin/sh -c foo" did not complete successfully: exit code: 127\n`,
    );
  });

  it('says nothing of an unused --build-arg (BuildKit has no such check)', () => {
    const s = session('current');
    const { text } = s.type('docker build --build-arg UNUSED=1 .');
    expect(text).not.toMatch(/warning|WARN/i);
  });
});
