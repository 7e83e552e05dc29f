import { describe, expect, it } from 'vitest';
import { scanSql } from './psqlScanner';

describe('scanSql', () => {
  it('splits complete statements and keeps the rest', () => {
    expect(scanSql('select 1; select 2;  select')).toEqual({ statements: ['select 1;', 'select 2;'], rest: 'select', state: '-' });
  });

  it('ignores semicolons in quotes, dollar quotes, comments and parentheses', () => {
    expect(scanSql("insert into t values ('a;b');").statements).toEqual(["insert into t values ('a;b');"]);
    expect(scanSql('select $$;$$;').statements).toEqual(['select $$;$$;']);
    expect(scanSql('select 1 -- ;\n;').statements).toEqual(['select 1 -- ;\n;']);
    expect(scanSql('select (1;').state).toBe('(');
  });

  it('names the open construct for the prompt', () => {
    expect(scanSql("select 'abc").state).toBe("'");
    expect(scanSql('select "abc').state).toBe('"');
    expect(scanSql('select $x$ abc').state).toBe('$');
    expect(scanSql('select /* abc').state).toBe('*');
    expect(scanSql('').state).toBe('=');
  });
});
