import { describe, expect, it } from 'vitest';
import { parseDemo } from './demoScript';

describe('parseDemo', () => {
  it('reads title, captions, steps, pauses and the delay', () => {
    const source = [
      '# প্রথম কন্টেইনার',
      'delay 1500',
      '// for the teacher: pull first',
      '> প্রথমে একটি ইমেজ নামাই।',
      '> তারপর চালাই।',
      '$ docker pull busybox',
      '',
      'pause 3000',
      '$ docker run busybox echo hi',
    ].join('\r\n');
    expect(parseDemo(source)).toEqual({
      ok: true,
      demo: {
        title: 'প্রথম কন্টেইনার',
        delayMs: 1500,
        steps: [
          { command: 'docker pull busybox', caption: 'প্রথমে একটি ইমেজ নামাই।\nতারপর চালাই।', pauseMs: 0 },
          { command: 'docker run busybox echo hi', caption: '', pauseMs: 3000 },
        ],
      },
    });
  });

  it('refuses an unknown line with its number, and a demo without steps', () => {
    expect(parseDemo('# t\n$ ls\n<script>alert(1)</script>')).toEqual({ ok: false, line: 3, text: '<script>alert(1)</script>' });
    expect(parseDemo('# only a title')).toEqual({ ok: false, line: 1, text: '' });
    expect(parseDemo('pause 9999999\n$ ls')).toMatchObject({ ok: false, line: 1 });
  });
});
