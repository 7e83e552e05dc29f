import { describe, expect, it } from 'vitest';
import { parseMarkdown, snippetCommands, splitSections } from './parseMarkdown';
import { parseInline, safeHref } from './parseInline';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists and fences', () => {
    const md = [
      '## নেটওয়ার্ক',
      '',
      'প্রথম লাইন',
      'দ্বিতীয় লাইন',
      '',
      '- এক',
      '- দুই',
      '',
      '1. first',
      '2. second',
      '',
      '```sh',
      'docker network ls',
      '```',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'নেটওয়ার্ক' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'প্রথম লাইন দ্বিতীয় লাইন' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'এক' }], [{ type: 'text', text: 'দুই' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
      { type: 'code', lang: 'sh', text: 'docker network ls' },
    ]);
  });

  it('keeps raw HTML as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });

  it('a fence hides headings and markup inside it', () => {
    expect(parseMarkdown('```\n## not a heading\n**x**\n```')).toEqual([{ type: 'code', lang: '', text: '## not a heading\n**x**' }]);
  });
});

describe('parseInline', () => {
  it('code spans, bold, italic and links', () => {
    expect(parseInline('run `docker ps` **now** or *later* [docs](https://docs.docker.com/)')).toEqual([
      { type: 'text', text: 'run ' },
      { type: 'code', text: 'docker ps' },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'now' }] },
      { type: 'text', text: ' or ' },
      { type: 'em', children: [{ type: 'text', text: 'later' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://docs.docker.com/', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('underscores in names stay text', () => {
    expect(parseInline('cont_01 on nw_1')).toEqual([{ type: 'text', text: 'cont_01 on nw_1' }]);
  });

  it('a javascript: link loses its address', () => {
    expect(parseInline('[x](javascript:alert(1))')[0]).toMatchObject({ type: 'link', href: null });
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('/glossary')).toBe('/glossary');
  });

  it('unclosed marks are text', () => {
    expect(parseInline('2 * 3 and `open')).toEqual([{ type: 'text', text: '2 * 3 and `open' }]);
  });
});

describe('splitSections and snippetCommands', () => {
  it('splits on ## outside fences', () => {
    const md = '# Title\nintro\n## One\nA\n```sh\n## comment\n```\n## Two\nB\n';
    expect(splitSections(md)).toEqual([
      { title: 'One', body: 'A\n```sh\n## comment\n```\n' },
      { title: 'Two', body: 'B\n' },
    ]);
  });

  it('one command per line of a shell fence; other languages have none', () => {
    expect(snippetCommands({ type: 'code', lang: 'sh', text: 'docker ps\n\ndocker images' })).toEqual(['docker ps', 'docker images']);
    expect(snippetCommands({ type: 'code', lang: 'json', text: '{}' })).toEqual([]);
  });
});
