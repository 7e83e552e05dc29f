import { describe, expect, it } from 'vitest';
import { referenceMatcher } from './referenceMatch';

describe('the reference filter (path.Match over an image\'s names)', () => {
  it('18.03 matches the familiar tag and name, with globs that stop at /', () => {
    const m = (p: string) => ['alpine:latest', 'alpine:3.7', 'my/alp:v1', 'hello-world:latest'].filter(referenceMatcher('classic', p));
    expect(m('alpine')).toEqual(['alpine:latest', 'alpine:3.7']);
    expect(m('alp*')).toEqual(['alpine:latest', 'alpine:3.7']);
    expect(m('*:3.?')).toEqual(['alpine:3.7']);
    expect(m('*')).toEqual(['alpine:latest', 'alpine:3.7', 'hello-world:latest']);
    expect(m('my/*')).toEqual(['my/alp:v1']);
    expect(m('[a-h]*:latest')).toEqual(['alpine:latest', 'hello-world:latest']);
    expect(m('[^a]*')).toEqual(['hello-world:latest']);
    expect(m('docker.io/library/alpine')).toEqual([]);
    expect(() => referenceMatcher('classic', '[a')).toThrow('syntax error in pattern');
    expect(() => referenceMatcher('classic', 'a\\')).toThrow('syntax error in pattern');
  });

  it('today also the canonical forms; a bad pattern matches nothing', () => {
    const m = (p: string) => ['alpine:latest', 'my/alp:v1', 'localhost:5000/x:1'].filter(referenceMatcher('current', p));
    expect(m('docker.io/library/alpine')).toEqual(['alpine:latest']);
    expect(m('docker.io/*/*:v1')).toEqual(['my/alp:v1']);
    expect(m('localhost:5000/x')).toEqual(['localhost:5000/x:1']);
    expect(m('[a')).toEqual([]);
  });
});
