import { describe, it, expect } from 'vitest';
import { parseReference } from './parseReference';

const current = { profile: 'current' as const };
const classic = { profile: 'classic' as const };

describe('parseReference', () => {
  it('normalises official, user and registry names', () => {
    expect(parseReference(current, 'ubuntu')).toEqual({
      repo: 'ubuntu',
      tag: 'latest',
      digest: undefined,
      defaultTag: true,
      domain: 'docker.io',
      path: 'library/ubuntu',
      familiar: 'ubuntu:latest',
      full: 'docker.io/library/ubuntu:latest',
    });
    const t = parseReference(current, 'tutum/hello-world');
    expect([t.repo, t.path, t.full]).toEqual(['tutum/hello-world', 'tutum/hello-world', 'docker.io/tutum/hello-world:latest']);
    const l = parseReference(current, 'localhost:5000/x:1.0');
    expect([l.repo, l.tag, l.domain, l.path, l.familiar]).toEqual(['localhost:5000/x', '1.0', 'localhost:5000', 'x', 'localhost:5000/x:1.0']);
    expect(parseReference(current, 'docker.io/library/python:3.6.4-slim').familiar).toBe('python:3.6.4-slim');
  });

  it('reports capitals per era', () => {
    expect(() => parseReference(current, 'Ubuntu')).toThrow(/^invalid reference format: repository name \(library\/Ubuntu\) must be lowercase$/);
    expect(() => parseReference(classic, 'Ubuntu')).toThrow(/^invalid reference format: repository name must be lowercase$/);
  });

  it('rejects malformed references', () => {
    for (const bad of ['ubuntu:', ':latest', '-x', 'a//b', 'ubuntu@sha256:zz']) {
      expect(() => parseReference(current, bad), bad).toThrow(/^invalid reference format$/);
    }
  });
});
