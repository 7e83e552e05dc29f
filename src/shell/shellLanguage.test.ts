import { describe, it, expect, vi } from 'vitest';
vi.mock('./commands/docker/index', () => ({ dockerCommand: { name: 'docker', summary: 'stand-in', run: () => 0 } }));
import { freshWorld, tickBy, type, typeAll } from './testing/shellHarness';

describe('subshells and groups', () => {
  it('runs ( list ) in a copy of cwd and variables, with the list exit code', () => {
    const r = type(freshWorld(), 'X=1; (cd /tmp; X=2; pwd; echo $X); pwd; echo $X');
    expect(r.stdout).toBe('/tmp\n2\n/home/docker\n1\n');
    expect(type(freshWorld(), '(false); echo $?').stdout).toBe('1\n');
    expect(type(freshWorld(), '(exit 7); echo $?').stdout).toBe('7\n');
  });

  it('runs { list; } in the current shell and redirects it as one', () => {
    const r = typeAll(freshWorld(), ['{ cd /tmp; X=5; }', 'pwd; echo $X']);
    expect(r.stdout).toBe('/tmp\n5\n');
    const g = typeAll(freshWorld(), ['{ echo a; echo b; } > out.txt', 'cat out.txt', '{ echo a; echo b; } | wc -l']);
    expect(g.stdout).toBe('2\n');
    expect(type(g.world, 'cat out.txt').stdout).toBe('a\nb\n');
  });

  it('runs each stage of a pipeline in a subshell', () => {
    expect(type(freshWorld(), 'cd /tmp | true; pwd').stdout).toBe('/home/docker\n');
  });
});

describe('control flow', () => {
  it('if / elif / else / fi', () => {
    const w = freshWorld();
    expect(type(w, 'if true; then echo a; elif true; then echo b; else echo c; fi').stdout).toBe('a\n');
    expect(type(w, 'if false; then echo a; elif true; then echo b; else echo c; fi').stdout).toBe('b\n');
    expect(type(w, 'if false; then echo a; elif false; then echo b; else echo c; fi').stdout).toBe('c\n');
    expect(type(w, 'if false; then echo a; fi; echo $?').stdout).toBe('0\n');
  });

  it('for, while and until loops', () => {
    const w = freshWorld();
    expect(type(w, 'for i in 1 2 3; do echo n$i; done').stdout).toBe('n1\nn2\nn3\n');
    const files = typeAll(w, ['touch a1 a2 b', 'for f in a*; do echo $f; done']);
    expect(files.stdout).toBe('a1\na2\n');
    expect(type(w, 'x=a; while [ $x != aaa ]; do x=${x}a; echo $x; done').stdout).toBe('aa\naaa\n');
    expect(type(w, 'x=; until [ "$x" = bb ]; do x=${x}b; done; echo $x').stdout).toBe('bb\n');
  });

  it('case with alternatives, wildcards, quoted patterns and no match', () => {
    const w = freshWorld();
    const c = (s: string) => type(w, `case ${s} in start|run) echo go;; s*) echo s-word;; "*") echo star;; *) echo other;; esac`).stdout;
    expect(c('run')).toBe('go\n');
    expect(c('stop')).toBe('s-word\n');
    expect(c("'*'")).toBe('star\n');
    expect(c('x')).toBe('other\n');
    expect(type(w, 'case x in y) echo no;; esac; echo $?').stdout).toBe('0\n');
  });

  it('! negates a pipeline', () => {
    expect(type(freshWorld(), '! true; echo $?; ! false; echo $?').stdout).toBe('1\n0\n');
  });

  it('buffers a compound command typed over several lines with the > prompt', () => {
    let r = type(freshWorld(), 'for i in a b');
    expect(r.prompt).toBe('> ');
    r = type(r.world, 'do');
    expect(r.prompt).toBe('> ');
    r = type(r.world, '  echo $i');
    r = type(r.world, 'done');
    expect(r.stdout).toBe('a\nb\n');
    expect(r.prompt).toBe('docker@default:~$ ');
    r = typeAll(freshWorld(), ['if [ -d /tmp ]', 'then', 'echo dir', 'fi']);
    expect(r.stdout).toBe('dir\n');
  });

  it('goes on with a loop after a sleep in its body', () => {
    let r = type(freshWorld(), 'for i in 1 2; do echo $i; sleep 1; done; echo end');
    expect(r.stdout).toBe('1\n');
    expect(r.running).toBe(true);
    r = tickBy(r.world, 1000);
    expect(r.stdout).toBe('2\n');
    r = tickBy(r.world, 1000);
    expect(r.stdout).toBe('end\n');
    expect(r.running).toBe(false);
  });

  it('keeps a subshell apart across a sleep', () => {
    let r = type(freshWorld(), '(cd /tmp; sleep 1; pwd); pwd');
    expect(r.running).toBe(true);
    r = tickBy(r.world, 1000);
    expect(r.stdout).toBe('/tmp\n/home/docker\n');
  });

  it('stops a loop that would never end', () => {
    const r = type(freshWorld(), 'while true; do :; done; echo after');
    expect(r.exitCode).toBe(130);
    expect(r.stdout).toBe('');
  });
});

describe('syntax errors', () => {
  it('prints bash messages with exit code 2', () => {
    const w = freshWorld();
    for (const [line, token] of [['fi', 'fi'], ['if true; fi', 'fi'], ['for x in a; echo; done', 'echo'], ['( )', ')'], ['done', 'done'], ['if then', 'then'], ['{ }', '}'], ['true && esac', 'esac']]) {
      const r = type(w, line);
      expect(r.stderr).toBe(`bash: syntax error near unexpected token \`${token}'\n`);
      expect(r.exitCode).toBe(2);
    }
  });
});

describe('background jobs', () => {
  it('prints [n] pid, runs a utility at once, and reports Done at a later prompt', () => {
    let r = type(freshWorld(), 'echo hi &');
    expect(r.all).toMatch(/^\[1\] \d+\nhi\n$/);
    const pid = /\[1\] (\d+)/.exec(r.all)![1];
    expect(type(r.world, 'echo $!').stdout).toBe(`${pid}\n`);
    r = type(r.world, 'true');
    expect(r.stderr).toBe('[1]+  Done                    echo hi\n');
    expect(type(r.world, 'true').stderr).toBe('');
  });

  it('does not block on sleep &, and reports it once its time has passed', () => {
    let r = type(freshWorld(), 'sleep 5 &');
    expect(r.running).toBe(false);
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
    r = type(r.world, 'echo x');
    expect(r.all).toBe('x\n');
    r = tickBy(r.world, 5000);
    r = type(r.world, 'cd /tmp');
    expect(r.stderr).toBe('[1]+  Done                    sleep 5  (wd: ~)\n');
  });

  it('numbers jobs and marks the current and previous one', () => {
    let r = typeAll(freshWorld(), ['sleep 1 &', 'false &']);
    expect(r.stderr).toMatch(/^\[2\] \d+\n$/);
    r = tickBy(r.world, 1000);
    r = type(r.world, '');
    expect(r.stderr).toBe('[1]-  Done                    sleep 1\n[2]+  Exit 1                  false\n');
  });

  it('runs the item in a subshell', () => {
    expect(typeAll(freshWorld(), ['cd /tmp &', 'pwd']).stdout).toBe('/home/docker\n');
  });
});

describe('test, [ and read', () => {
  it('tests files, strings and numbers', () => {
    const w = typeAll(freshWorld(), ['mkdir d', 'echo x > f', 'touch empty']).world;
    const t = (expr: string) => type(w, `[ ${expr} ]; echo $?`).stdout;
    expect([t('-f f'), t('-f d'), t('-d d'), t('-e nope'), t('-s f'), t('-s empty')]).toEqual(['0\n', '1\n', '0\n', '1\n', '0\n', '1\n']);
    expect([t('-z ""'), t('-n ""'), t('a = a'), t('a != a'), t('"" ')]).toEqual(['0\n', '1\n', '0\n', '1\n', '1\n']);
    expect([t('2 -eq 2'), t('2 -ne 2'), t('1 -lt 2'), t('3 -gt 2'), t('2 -le 2'), t('1 -ge 2')]).toEqual(['0\n', '1\n', '0\n', '0\n', '0\n', '1\n']);
    expect([t('! -f f'), t('-f f -a -d d'), t('-f nope -o -d d'), t('"$X" = -n')]).toEqual(['1\n', '0\n', '0\n', '1\n']);
    expect(type(w, 'test -d d && echo dir').stdout).toBe('dir\n');
  });

  it('reports bad expressions like bash, exit 2', () => {
    const w = freshWorld();
    expect(type(w, '[ 1 -eq 1').stderr).toBe("bash: [: missing `]'\n");
    expect(type(w, '[ 1 -eq 1').exitCode).toBe(2);
    expect(type(w, '[ a -lt 2 ]').stderr).toBe('bash: [: a: integer expression expected\n');
    expect(type(w, 'test a b').stderr).toBe('bash: test: a: unary operator expected\n');
    expect(type(w, '[ a b c ]').stderr).toBe('bash: [: b: binary operator expected\n');
  });

  it('read takes lines from a pipe or a here-document', () => {
    const w = freshWorld();
    expect(type(w, 'printf "a b c\\nd e\\n" | while read x rest; do echo "$x|$rest"; done').stdout).toBe('a|b c\nd|e\n');
    expect(typeAll(w, ['while read line; do', 'echo "<$line>"', 'done <<EOF', 'one', 'two', 'EOF']).stdout).toBe('<one>\n<two>\n');
    expect(type(w, 'echo hi | { read v; echo got $v; }').stdout).toBe('got hi\n');
    expect(type(w, 'echo hi | read v; echo "[$v]"').stdout).toBe('[]\n');
    expect(type(w, 'read v < /dev/null; echo $?').stdout).toBe('1\n');
  });
});

describe('arithmetic, break and continue', () => {
  it('evaluates $(( )) with variables and C precedence', () => {
    const r = type(freshWorld(), 'n=5; echo $((n+1)) $(( (n+1)*2 )) $((2**10)) $((7/2)) $((7%3)) $((n>3 && n<9)) $((-n)) "$(( $n - 10 ))"');
    expect(r.stdout).toBe('6 12 1024 3 1 1 -5 -5\n');
    const z = type(freshWorld(), 'echo $((1/0))');
    expect(z.stderr).toBe('bash: 1/0: division by 0 (error token is "0")\n');
    expect(z.exitCode).toBe(1);
  });

  it('break and continue, also n levels out and after a sleep', () => {
    const w = freshWorld();
    expect(type(w, 'i=0; while true; do i=$((i+1)); [ $i -ge 3 ] && break; done; echo $i').stdout).toBe('3\n');
    expect(type(w, 'for i in 1 2 3 4; do [ $i = 2 ] && continue; echo $i; done').stdout).toBe('1\n3\n4\n');
    expect(type(w, 'for a in x y; do for b in 1 2; do echo $a$b; break 2; done; done').stdout).toBe('x1\n');
    expect(type(w, 'break').stderr).toBe("bash: break: only meaningful in a `for', `while', or `until' loop\n");
    let r = type(w, 'for i in 1 2 3; do sleep 1; [ $i = 2 ] && break; echo $i; done; echo out');
    r = tickBy(r.world, 1000);
    expect(r.stdout).toBe('1\n');
    r = tickBy(r.world, 1000);
    expect(r.stdout).toBe('out\n');
    expect(r.running).toBe(false);
  });
});
