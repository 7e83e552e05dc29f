import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { simulate } from '../../../headless/simulate';
import { advance, interrupt, jobEndsAt, runLine } from '../../index';
import { listContainerRecords } from '../../../engine/tables/containerTable';

const BUSYBOX_DIGEST = 'sha256:f40d7f32df9eb5887c38d8ae2cfc7910a69d993280b06791190b3092d1ca6a1b';
const bar = (eq: number) => `[${'='.repeat(eq)}>${' '.repeat(50 - eq)}] `;

describe('the pull job', () => {
  it('redraws the layer block on stderr, then prints the final lines and runs the container', () => {
    const start = createWorld({ profile: 'classic' });
    let o = runLine(start, 't1', 'docker run busybox echo hi');
    expect(o.output).toEqual([{ stream: 'stderr', text: "Unable to find image 'busybox:latest' locally\nlatest: Pulling from library/busybox\n" }]);
    expect(o.running).toBe(true);
    // The image is registered at once; only the clock is left to the job.
    expect(o.world.now).toBe(start.now);
    expect(jobEndsAt(o.world, 't1')).toBe(start.now + 400);
    o = advance(o.world, 't1', 20);
    expect(o.output).toEqual([{ stream: 'stderr', text: '\x1b[Jf70adabe43c0: Pulling fs layer\n', transient: true }]);
    o = advance(o.world, 't1', 1000);
    expect(o.output).toEqual([
      { stream: 'stderr', text: '\x1b[1A\x1b[J', transient: true },
      { stream: 'stderr', text: `f70adabe43c0: Pull complete\nDigest: ${BUSYBOX_DIGEST}\nStatus: Downloaded newer image for busybox:latest\n` },
      { stream: 'stdout', text: 'hi\n' },
    ]);
    expect([o.running, o.exitCode, o.prompt, o.world.now]).toEqual([false, 0, 'docker@default:~$ ', start.now + 1020]);
  });

  it('redraws docker pull on stdout with downloads, waiting extractions and the last line per era', () => {
    let o = runLine(createWorld({ profile: 'current' }), 't1', 'docker pull nginx');
    expect(o.output).toEqual([{ stream: 'stdout', text: 'Using default tag: latest\nlatest: Pulling from library/nginx\n' }]);
    o = advance(o.world, 't1', 500);
    expect(o.output).toEqual([
      {
        stream: 'stdout',
        transient: true,
        text:
          '\x1b[J' +
          `eebdec461744: Downloading ${bar(16)} 9.997MB/29.77MB\n` +
          `b07d6c4d6af6: Downloading ${bar(12)}    10MB/41.12MB\n` +
          '4686e4737609: Download complete\nc445c5800b29: Download complete\nff1ad0cbb1e8: Download complete\n' +
          '1871be913069: Download complete\nc40ba1a68bb1: Download complete\n',
      },
    ]);
    // An 80-column terminal gets no bars, as jsonmessage draws them only beyond 110 columns.
    o = advance(o.world, 't1', 100, { cols: 80 });
    expect(o.output[0].text.split('\n').slice(0, 2)).toEqual(['\x1b[7A\x1b[Jeebdec461744: Downloading     12MB/29.77MB', 'b07d6c4d6af6: Downloading     12MB/41.12MB']);
    o = advance(o.world, 't1', 10_000);
    expect(o.output.filter((c) => !c.transient).map((c) => c.text).join('')).toMatch(/^eebdec461744: Pull complete\n(.*\n){6}Digest: sha256:\w+\nStatus: Downloaded newer image for nginx:latest\ndocker.io\/library\/nginx:latest\n$/);
    expect(o.running).toBe(false);
  });

  it('Ctrl-C stops the client with 130 and prints nothing but ^C; the image is already there', () => {
    let o = runLine(createWorld({ profile: 'classic' }), 't1', 'docker run -d --name web nginx');
    o = advance(o.world, 't1', 300);
    o = interrupt(o.world, 't1');
    expect(o.output).toEqual([
      { stream: 'stdout', text: '^C' },
      { stream: 'stdout', text: '\n' },
    ]);
    expect([o.exitCode, o.running]).toEqual([130, false]);
    expect(listContainerRecords(o.world.hosts.default.daemon)).toEqual([]);
    expect(Object.keys(o.world.hosts.default.daemon.tags)).toEqual(['nginx:latest']);
  });

  it('plays nothing when stdout is not a terminal or when nothing is downloaded', () => {
    const piped = runLine(createWorld({ profile: 'classic' }), 't1', 'docker pull busybox | cat');
    expect([piped.running, piped.output.map((c) => c.text).join('')]).toEqual([
      false,
      `Using default tag: latest\nlatest: Pulling from library/busybox\nf70adabe43c0: Pull complete\nDigest: ${BUSYBOX_DIGEST}\nStatus: Downloaded newer image for busybox:latest\n`,
    ]);
    const again = runLine(piped.world, 't1', 'docker pull busybox');
    expect([again.running, again.world.now - piped.world.now]).toEqual([false, 200]);
  });

  it('leaves the headless transcript at the final lines, the clock as before, the rest of the line after', () => {
    const r = simulate(['docker pull busybox && echo pulled', 'docker create --name box busybox'], { profile: 'classic' });
    expect(r.screen).toBe(
      'docker@default:~$ docker pull busybox && echo pulled\nUsing default tag: latest\nlatest: Pulling from library/busybox\n' +
        `f70adabe43c0: Pull complete\nDigest: ${BUSYBOX_DIGEST}\nStatus: Downloaded newer image for busybox:latest\npulled\n` +
        `docker@default:~$ docker create --name box busybox\n${listContainerRecords(r.world.hosts.default.daemon)[0].id}\ndocker@default:~$ `,
    );
    expect(r.world.now).toBe(createWorld({ profile: 'classic' }).now + 400);
  });

  it('hands the typed command path and the exit code of a failed create through the pull', () => {
    const r = simulate(['docker create --name web busybox', 'docker container run -d --name web nginx', 'echo $?']);
    const id = listContainerRecords(r.world.hosts.default.daemon)[0].id;
    expect(r.screen.split('Status: Downloaded newer image for nginx:latest\n')[1]).toBe(
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\n` +
        "Run 'docker container run --help' for more information\ndocker@default:~$ echo $?\n125\ndocker@default:~$ ",
    );
  });
});
