import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../../world';
import { findInstructionBeforeFrom, parseDockerfile } from './parseDockerfile';

function parse(text: string, profile: ProfileName = 'current') {
  const r = parseDockerfile(text, profile);
  if (!r.ok) throw new Error(`unexpected failure: ${r.error.message}`);
  return r.dockerfile;
}

/** The one instruction after `FROM a`, without its position fields. */
function only(line: string, profile: ProfileName = 'current') {
  const { line: _l, endLine: _e, original: _o, ...rest } = parse(`FROM a\n${line}`, profile).instructions[1];
  return rest;
}

function fail(text: string, profile: ProfileName = 'current') {
  const r = parseDockerfile(text, profile);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

describe('parseDockerfile: lines', () => {
  it('joins continuations, drops comments inside them and keeps the keyword as written for Step lines', () => {
    const df = parse('# a comment\n\nfrom python:3.6.4-slim\nRUN pip install \\\n  # why\n    -r requirements.txt\n  WORKDIR /app  \n');
    expect(df.escape).toBe('\\');
    expect(df.instructions.map((i) => [i.kind, i.line, i.endLine, i.original])).toEqual([
      ['FROM', 3, 3, 'from python:3.6.4-slim'],
      ['RUN', 4, 6, 'RUN pip install     -r requirements.txt'],
      ['WORKDIR', 7, 7, 'WORKDIR /app'],
    ]);
    expect(df.warnings).toEqual([]);
  });

  it('treats # in the middle of a line as text', () => {
    expect(only('RUN echo hi # not a comment')).toEqual({ kind: 'RUN', command: { form: 'shell', text: 'echo hi # not a comment' } });
  });

  it('honours the escape directive', () => {
    const df = parse('# escape=`\nFROM a\nRUN dir `\n  c:\\x\n');
    expect(df.escape).toBe('`');
    expect(df.instructions[1].original).toBe('RUN dir   c:\\x');
  });

  it('ignores a directive after the first other line and rejects bad or repeated ones', () => {
    expect(parse('FROM a\n# escape=`\nRUN a \\\nb').escape).toBe('\\');
    expect(fail('# escape=x\nFROM a')).toEqual({ line: 1, message: "invalid escape token 'x' does not match ` or \\", origin: 'parser' });
    expect(fail('# escape=`\n# escape=`\nFROM a')).toEqual({ line: 2, message: 'only one escape parser directive can be used', origin: 'parser' });
  });

  it('warns about empty continuation lines in 18.03 only', () => {
    const text = 'FROM a\nRUN a \\\n\n  b\n';
    expect(parse(text).warnings).toEqual([]);
    expect(parse(text, 'classic').warnings).toEqual([
      '[WARNING]: Empty continuation line found in:\n    RUN a   b',
      '[WARNING]: Empty continuation lines will become errors in a future release.',
    ]);
  });
});

describe('parseDockerfile: instructions', () => {
  it('FROM with a stage name and a platform', () => {
    expect(parse('FROM python:3.6 AS Build').instructions[0]).toMatchObject({ kind: 'FROM', image: 'python:3.6', stage: 'build' });
    expect(parse('FROM --platform=linux/amd64 alpine').instructions[0]).toMatchObject({ image: 'alpine', platform: 'linux/amd64' });
  });

  it('RUN, CMD and ENTRYPOINT in shell and exec form; broken JSON falls back to shell form', () => {
    expect(only('RUN ["echo", "hi"]')).toEqual({ kind: 'RUN', command: { form: 'exec', argv: ['echo', 'hi'] } });
    expect(only('CMD python app.py')).toEqual({ kind: 'CMD', command: { form: 'shell', text: 'python app.py' } });
    expect(only('CMD ["python" app.py]')).toEqual({ kind: 'CMD', command: { form: 'shell', text: '["python" app.py]' } });
    expect(only('ENTRYPOINT ["/entry.sh"]')).toEqual({ kind: 'ENTRYPOINT', command: { form: 'exec', argv: ['/entry.sh'] } });
  });

  it('COPY and ADD with flags and JSON form', () => {
    expect(only('COPY --from=build --chown=app:app --chmod=644 a b /dst/')).toEqual({
      kind: 'COPY', sources: ['a', 'b'], dest: '/dst/', jsonForm: false, from: 'build', chown: 'app:app', chmod: '644',
    });
    expect(only('ADD ["my file", "/app/"]')).toEqual({ kind: 'ADD', sources: ['my file'], dest: '/app/', jsonForm: true });
    expect(only('ADD --chown=1000 . /app')).toEqual({ kind: 'ADD', sources: ['.'], dest: '/app', jsonForm: false, chown: '1000' });
  });

  it('ENV and LABEL in both forms, values raw for the builder to expand', () => {
    expect(only('ENV K=V K2="v 2"')).toEqual({ kind: 'ENV', pairs: [['K', 'V'], ['K2', '"v 2"']] });
    expect(only('ENV NAME World wide')).toEqual({ kind: 'ENV', pairs: [['NAME', 'World wide']] });
    expect(only('LABEL version="1.0" "my key"=x')).toEqual({ kind: 'LABEL', pairs: [['version', '"1.0"'], ['"my key"', 'x']] });
  });

  it('ARG, EXPOSE, VOLUME, WORKDIR, USER, STOPSIGNAL, MAINTAINER, SHELL, ONBUILD', () => {
    expect(only('ARG VERSION=1.0 DEBUG')).toEqual({ kind: 'ARG', args: [{ name: 'VERSION', defaultValue: '1.0' }, { name: 'DEBUG' }] });
    expect(parse('ARG TAG=3.6\nFROM python:${TAG}').instructions[0]).toMatchObject({ kind: 'ARG', args: [{ name: 'TAG', defaultValue: '3.6' }] });
    expect(only('EXPOSE 80 443/udp')).toEqual({ kind: 'EXPOSE', ports: ['80', '443/udp'] });
    expect(only('VOLUME ["/data"]')).toEqual({ kind: 'VOLUME', paths: ['/data'] });
    expect(only('VOLUME /a /b')).toEqual({ kind: 'VOLUME', paths: ['/a', '/b'] });
    expect(only('WORKDIR /my app')).toEqual({ kind: 'WORKDIR', path: '/my app' });
    expect(only('USER nobody')).toEqual({ kind: 'USER', user: 'nobody' });
    expect(only('STOPSIGNAL SIGKILL')).toEqual({ kind: 'STOPSIGNAL', signal: 'SIGKILL' });
    expect(only('MAINTAINER Jane <jane@example.com>')).toEqual({ kind: 'MAINTAINER', name: 'Jane <jane@example.com>' });
    expect(only('SHELL ["/bin/bash", "-c"]')).toEqual({ kind: 'SHELL', argv: ['/bin/bash', '-c'] });
    expect(only('onbuild ADD . /app')).toEqual({ kind: 'ONBUILD', trigger: 'ADD . /app' });
  });

  it('HEALTHCHECK with options, exec form and NONE', () => {
    expect(only('HEALTHCHECK --interval=5m --timeout=3s --start-period=1s --retries=3 CMD curl -f http://localhost/ || exit 1')).toEqual({
      kind: 'HEALTHCHECK', test: { form: 'shell', text: 'curl -f http://localhost/ || exit 1' },
      interval: '5m', timeout: '3s', startPeriod: '1s', retries: 3,
    });
    expect(only('HEALTHCHECK CMD ["pg_isready"]')).toEqual({ kind: 'HEALTHCHECK', test: { form: 'exec', argv: ['pg_isready'] } });
    expect(only('HEALTHCHECK NONE')).toEqual({ kind: 'HEALTHCHECK', test: null });
  });

  it('finds the first non-ARG instruction before FROM', () => {
    expect(findInstructionBeforeFrom({ instructions: parse('ARG A\nFROM a\nRUN x').instructions })).toBeUndefined();
    const df = { instructions: [{ kind: 'ARG', args: [], line: 1, endLine: 1, original: 'ARG' }, { kind: 'RUN', command: { form: 'shell', text: 'x' }, line: 2, endLine: 2, original: 'RUN x' }] } as const;
    expect(findInstructionBeforeFrom(df as never)?.line).toBe(2);
  });
});

describe('parseDockerfile: errors', () => {
  const both = (text: string) => [fail(text), fail(text, 'classic')];

  it('an unknown instruction, as written with a suggestion (BuildKit) or upper-cased (18.03)', () => {
    expect(both('FROM a\nfoo bar')).toEqual([
      { line: 2, message: 'unknown instruction: foo (did you mean from?)', origin: 'instruction' },
      { line: 2, message: 'unknown instruction: FOO', origin: 'instruction' },
    ]);
    expect(fail('FROM a\nCOPYY a b').message).toBe('unknown instruction: COPYY (did you mean COPY?)');
    expect(fail('FROM a\nXYZZY a').message).toBe('unknown instruction: XYZZY');
  });

  it('no FROM before the first instruction, no stage, no instruction', () => {
    expect(both('RUN echo hi\nFROM a')).toEqual([
      { line: 1, message: 'no build stage in current context', origin: 'stage' },
      { line: 1, message: 'No build stage in current context', origin: 'stage' },
    ]);
    expect(both('ARG A=1\n').map((e) => e.message)).toEqual(['dockerfile contains no stages to build', 'No image was generated. Is your Dockerfile empty?']);
    expect(both('# only a comment\n').map((e) => e.message)).toEqual(['file with no instructions', 'No image was generated. Is your Dockerfile empty?']);
  });

  it('argument counts', () => {
    expect(fail('FROM a b')).toEqual({ line: 1, message: 'FROM requires either one or three arguments', origin: 'instruction' });
    expect(fail('FROM a AS 1st').message).toBe('invalid name for build stage: "1st", name can\'t start with a number or contain symbols');
    expect(both('FROM a\n\nCOPY app.py').map((e) => [e.line, e.message])).toEqual([
      [3, 'COPY requires at least two arguments, but only one was provided. Destination could not be determined'],
      [3, 'COPY requires at least two arguments'],
    ]);
    expect(fail('FROM a\nEXPOSE').message).toBe('EXPOSE requires at least one argument');
    expect(fail('FROM a\nWORKDIR').message).toBe('WORKDIR requires exactly one argument');
    expect(fail('FROM a\nHEALTHCHECK').message).toBe('HEALTHCHECK requires at least one argument');
    expect(fail('FROM a\nVOLUME [""]').message).toBe('VOLUME specified can not be an empty string');
    expect(parseDockerfile('FROM a\nARG A B').ok).toBe(true);
    expect(fail('FROM a\nARG A B', 'classic').message).toBe('ARG requires exactly one argument');
  });

  it('ENV and LABEL pairs are checked by the line parser, before any instruction', () => {
    expect(fail('FROM a\nENV NAME')).toEqual({ line: 2, message: 'ENV must have two arguments', origin: 'parser' });
    expect(fail('FROM a\nLABEL a=b c').message).toBe('Syntax error - can\'t find = in "c". Must be of the form: name=value');
    expect(fail('FROM a\nENV =x')).toEqual({ line: 2, message: 'ENV names can not be blank', origin: 'instruction' });
    expect(fail('FROM a\nARG =x').message).toBe('ARG names can not be blank');
    expect(fail('RUN x\nENV y').message).toBe('ENV must have two arguments');
  });

  it('JSON arrays of non-strings', () => {
    expect(both('FROM a\nCMD ["a", 1]').map((e) => e.message)).toEqual([
      'when using JSON array syntax, arrays must be comprised of strings only',
      'When using JSON array syntax, arrays must be comprised of strings only.',
    ]);
  });

  it('flags per era', () => {
    expect(both('FROM a\nCOPY --bogus=1 a b').map((e) => e.message)).toEqual(['unknown flag: --bogus', 'Unknown flag: bogus']);
    expect(fail('FROM a\nCOPY --form=x a b').message).toBe('unknown flag: --form (did you mean from?)');
    expect(fail('FROM --platform=linux/amd64 a', 'classic').message).toBe('Unknown flag: platform');
    expect(fail('FROM a\nCOPY --chmod=644 a b', 'classic').message).toBe('Unknown flag: chmod');
    expect(both('FROM a\nCOPY --from a b').map((e) => e.message)).toEqual(['missing a value on flag: --from', 'Missing a value on flag: from']);
    expect(both('FROM a\nCOPY --from=x --from=y a b').map((e) => e.message)).toEqual(['duplicate flag specified: --from', 'Duplicate flag specified: from']);
    expect(fail('FROM a\nCOPY --link=maybe a b').message).toBe('expecting boolean value for flag --link, not: maybe');
  });

  it('HEALTHCHECK checks', () => {
    expect(fail('FROM a\nHEALTHCHECK NONE x').message).toBe('HEALTHCHECK NONE takes no arguments');
    expect(fail('FROM a\nHEALTHCHECK CMD').message).toBe('Missing command after HEALTHCHECK CMD');
    expect(fail('FROM a\nHEALTHCHECK foo').message).toBe('Unknown type "FOO" in HEALTHCHECK (try CMD)');
    expect(both('FROM a\nHEALTHCHECK --interval=5 CMD x').map((e) => e.message)).toEqual(['time: missing unit in duration "5"', 'time: missing unit in duration 5']);
    expect(fail('FROM a\nHEALTHCHECK --timeout=abc CMD x').message).toBe('time: invalid duration "abc"');
    expect(fail('FROM a\nHEALTHCHECK --interval=0s CMD x', 'classic').message).toBe('Interval "interval" cannot be less than 1ms');
    expect(parseDockerfile('FROM a\nHEALTHCHECK --interval=0s CMD x').ok).toBe(true);
    expect(both('FROM a\nHEALTHCHECK --retries=-1 CMD x').map((e) => e.message)).toEqual(['--retries cannot be negative (-1)', '--retries must be at least 1 (not -1)']);
    expect(fail('FROM a\nHEALTHCHECK --retries=x CMD x').message).toBe('strconv.ParseInt: parsing "x": invalid syntax');
  });

  it('SHELL and ONBUILD', () => {
    expect(fail('FROM a\nSHELL /bin/sh -c').message).toBe('SHELL requires the arguments to be in JSON form');
    expect(fail('FROM a\nONBUILD ONBUILD RUN x').message).toBe('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
    expect(fail('FROM a\nONBUILD FROM x').message).toBe("FROM isn't allowed as an ONBUILD trigger");
  });
});
