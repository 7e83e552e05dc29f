import { describe, expect, it } from 'vitest';
import './registry';
import { runScriptFallback, tokenize } from './scriptFallback';

describe('runScriptFallback', () => {
  it('runs the tutum command up to its exec', () => {
    const res = runScriptFallback('php-fpm -d variables_order="EGPCS" && (tail -F /var/log/nginx/access.log &) && exec nginx -g "daemon off;"', {});
    expect(res).toEqual({ output: [], exitCode: 0, exec: ['nginx', '-g', 'daemon off;'] });
  });

  it('stops at exit and honours && and ||', () => {
    expect(runScriptFallback('false && echo no || echo yes; exit 4; echo never', {})).toEqual({
      output: [{ stream: 'stdout', text: 'yes\n' }],
      exitCode: 4,
    });
  });

  it('reports unknown commands like dash or busybox', () => {
    expect(runScriptFallback('frob', {}).output).toEqual([{ stream: 'stderr', text: 'sh: 1: frob: not found\n' }]);
    expect(runScriptFallback('frob', {}, 'busybox')).toEqual({ output: [{ stream: 'stderr', text: 'sh: frob: not found\n' }], exitCode: 127 });
  });

  it('turns a final long-running program into exec', () => {
    expect(runScriptFallback('echo start; sleep 1000', {}).exec).toEqual(['sleep', '1000']);
  });

  it('expands variables outside single quotes', () => {
    expect(tokenize(`echo $A "\${A}x" '$A'`, { A: '1' })).toEqual([
      { kind: 'word', text: 'echo' },
      { kind: 'word', text: '1' },
      { kind: 'word', text: '1x' },
      { kind: 'word', text: '$A' },
    ]);
  });
});
