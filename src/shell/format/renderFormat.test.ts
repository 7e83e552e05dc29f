import { describe, it, expect } from 'vitest';
import { goStruct } from './goTemplate/goValues';
import { preFormat, renderFormat } from './renderFormat';

const headers = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', Status: 'STATUS', Ports: 'PORTS', Names: 'NAMES' };
const rows = [
  goStruct('*formatter.ContainerContext', { ID: '4d5b9c2a1f3e', Image: 'nginx', Command: '"nginx -g \'daemon of…"', Status: 'Up 2 seconds', Ports: '0.0.0.0:80->80/tcp', Names: 'web' }),
  goStruct('*formatter.ContainerContext', { ID: '9f8e7d6c5b4a', Image: 'redis', Command: '"docker-entrypoint.s…"', Status: 'Exited (0) 3 days ago', Ports: '', Names: 'cache' }),
];
const psTable = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

describe('renderFormat', () => {
  it('renders a classic ps table', () => {
    expect(renderFormat(psTable, rows, headers, 20)).toBe(
      [
        'CONTAINER ID        IMAGE               COMMAND                  STATUS                  PORTS                NAMES',
        '4d5b9c2a1f3e        nginx               "nginx -g \'daemon of…"   Up 2 seconds            0.0.0.0:80->80/tcp   web',
        '9f8e7d6c5b4a        redis               "docker-entrypoint.s…"   Exited (0) 3 days ago                        cache',
        '',
      ].join('\n'),
    );
  });

  it('renders a current ps table', () => {
    expect(renderFormat(psTable, rows, headers, 10)).toBe(
      [
        'CONTAINER ID   IMAGE     COMMAND                  STATUS                  PORTS                NAMES',
        '4d5b9c2a1f3e   nginx     "nginx -g \'daemon of…"   Up 2 seconds            0.0.0.0:80->80/tcp   web',
        '9f8e7d6c5b4a   redis     "docker-entrypoint.s…"   Exited (0) 3 days ago                        cache',
        '',
      ].join('\n'),
    );
  });

  it('prints only the header of an empty table', () => {
    expect(renderFormat(psTable, [], headers, 20)).toBe('CONTAINER ID        IMAGE               COMMAND             STATUS              PORTS               NAMES\n');
  });

  it('unescapes typed \\t and \\n and trims spaces', () => {
    expect(renderFormat('table {{.ID}}\\t{{.Names}}  ', rows, headers, 10)).toBe('CONTAINER ID   NAMES\n4d5b9c2a1f3e   web\n9f8e7d6c5b4a   cache\n');
    expect(renderFormat('{{.Names}}\\n--', rows, headers, 10)).toBe('web\n--\ncache\n--\n');
  });

  it('renders non-table formats one line per row, and nothing for no rows', () => {
    expect(renderFormat('{{.ID}}: {{.Names}}', rows, headers, 10)).toBe('4d5b9c2a1f3e: web\n9f8e7d6c5b4a: cache\n');
    expect(renderFormat('{{.ID}}', [], headers, 10)).toBe('');
  });

  it('keeps column names intact in the header through docker header functions', () => {
    expect(renderFormat('table {{.Names | upper}}\t{{lower .Image}}\t{{json .ID}}', rows.slice(0, 1), headers, 10)).toBe('NAMES     IMAGE     CONTAINER ID\nWEB       nginx     "4d5b9c2a1f3e"\n');
    expect(renderFormat('table {{pad .Names 1 1}}|', rows.slice(0, 1), headers, 10)).toBe(' NAMES |\n web |\n');
  });

  it('treats "json" as {{json .}} only in the current CLI', () => {
    const plain = [{ ID: 'a' }];
    expect(renderFormat('json', plain, headers, 10)).toBe('{"ID":"a"}\n');
    expect(renderFormat('json', plain, headers, 20)).toBe('json\n');
  });

  it('reports template errors the way each CLI prints them', () => {
    expect(() => renderFormat('{{.Foo}}', rows, headers, 10)).toThrow(
      'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(() => renderFormat('{{.Names}', rows, headers, 20)).toThrow("Template parsing error: template: :1: bad character U+007D '}'\n");
    expect(() => renderFormat('{{.Names}}', rows, headers, 20, { dialect: 'current' })).not.toThrow();
  });

  it('preFormat strips the table keyword', () => {
    expect(preFormat('table {{.ID}}\\t{{.Name}}', 'current')).toEqual({ text: '{{.ID}}\t{{.Name}}', isTable: true });
    expect(preFormat('  {{.ID}} ', 'classic')).toEqual({ text: '{{.ID}}', isTable: false });
  });
});
