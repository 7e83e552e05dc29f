import { describe, it, expect, vi } from 'vitest';
vi.mock('./commands/docker/index', () => ({
  dockerCommand: { name: 'docker', summary: 'stand-in', run: (cx: { out(t: string): void }, args: string[]) => (cx.out(`docker ${args.join(' ')}\n`), 0) },
}));
import { freshWorld, tickBy, type, typeAll } from './testing/shellHarness';
import { getPrompt, interrupt, jobEndsAt, runLine } from './index';

describe('host shell basics', () => {
  it('shows the host prompt and runs echo', () => {
    const w = freshWorld();
    expect(getPrompt(w, 't1')).toBe('docker@default:~$ ');
    const r = type(w, 'echo hello   world');
    expect(r.stdout).toBe('hello world\n');
    expect(r.exitCode).toBe(0);
  });

  it('reports unknown commands like bash', () => {
    const r = type(freshWorld(), 'foo bar');
    expect(r.stderr).toBe('bash: foo: command not found\n');
    expect(r.exitCode).toBe(127);
    expect(type(r.world, 'echo $?').stdout).toBe('127\n');
  });

  it('prints syntax errors as bash does, exit 2', () => {
    const r = type(freshWorld(), 'ls | | wc');
    expect(r.stderr).toBe("bash: syntax error near unexpected token `|'\n");
    expect(r.exitCode).toBe(2);
    expect(type(freshWorld(), 'echo >').stderr).toBe("bash: syntax error near unexpected token `newline'\n");
  });

  it('expands variables, assignments and command substitution', () => {
    const r = typeAll(freshWorld(), ['X=1', 'Y="a  b"', 'echo $X ${X}x "$Y" $Y $(echo sub) $HOME']);
    expect(r.stdout).toBe('1 1x a  b a b sub /home/docker\n');
    expect(type(r.world, 'X=2 env | grep ^X=').stdout).toBe('X=2\n');
    expect(type(r.world, 'echo $X').stdout).toBe('1\n');
  });

  it('runs && and || by exit codes', () => {
    const r = type(freshWorld(), 'false && echo no || echo yes; true && echo ok');
    expect(r.stdout).toBe('yes\nok\n');
  });

  it('buffers a here-document across lines with the continuation prompt', () => {
    let w = freshWorld();
    let r = type(w, 'mkdir app');
    r = type(r.world, "cat > app/main.py <<'EOF'");
    expect(r.prompt).toBe('> ');
    expect(r.all).toBe('');
    r = type(r.world, 'print("$HOME")');
    expect(r.prompt).toBe('> ');
    r = type(r.world, 'EOF');
    expect(r.prompt).toBe('docker@default:~$ ');
    w = r.world;
    expect(type(w, 'cat app/main.py').stdout).toBe('print("$HOME")\n');
    r = typeAll(w, ['cat <<EOF', 'home=$HOME', 'EOF']);
    expect(r.stdout).toBe('home=/home/docker\n');
  });

  it('continues an unclosed quote on the next line', () => {
    const r = typeAll(freshWorld(), ['echo "a', 'b"']);
    expect(r.stdout).toBe('a\nb\n');
  });

  it('redirects stdout and stderr, appends, and reads stdin', () => {
    let r = typeAll(freshWorld(), ['echo one > f', 'echo two >> f', 'cat nope 2>/dev/null', 'cat f nope > out 2>&1']);
    expect(r.all).toBe('');
    expect(r.exitCode).toBe(1);
    r = type(r.world, 'cat out');
    expect(r.stdout).toBe('one\ntwo\ncat: nope: No such file or directory\n');
    expect(type(r.world, 'wc -l < f').stdout).toBe('2\n');
    expect(type(r.world, 'echo x > missing/f').stderr).toBe('bash: missing/f: No such file or directory\n');
  });

  it('pipes stdout between stages', () => {
    const r = typeAll(freshWorld(), ['printf "b\\na\\nb\\nc\\n" > l', 'cat l | sort | uniq -c | sort -rn | head -n 1']);
    expect(r.stdout).toBe('      2 b\n');
    expect(type(r.world, 'seq 3 | tail -1').stdout).toBe('3\n');
    expect(type(r.world, 'cat l | grep -n b').stdout).toBe('1:b\n3:b\n');
    expect(type(r.world, 'cat l | grep -c -v b').stdout).toBe('2\n');
    expect(type(r.world, 'cat l | grep -i B | wc -l').stdout).toBe('2\n');
  });

  it('exit on the host prints nothing and keeps the shell', () => {
    const r = type(freshWorld(), 'exit 3');
    expect(r.all).toBe('');
    expect(r.prompt).toBe('docker@default:~$ ');
    expect(r.world.terminals.t1.frames).toHaveLength(1);
  });

  it('keeps history and clears the screen', () => {
    const r = typeAll(freshWorld(), ['echo a', 'pwd', 'history']);
    expect(r.stdout).toBe('    1  echo a\n    2  pwd\n    3  history\n');
    const c = runLine(freshWorld(), 't1', 'clear');
    expect(c.clear).toBe(true);
    expect(c.output).toEqual([]);
  });

  it('runs the docker command', () => {
    expect(type(freshWorld(), 'docker ps -a').stdout).toBe('docker ps -a\n');
  });
});

describe('sleep job', () => {
  it('runs as a foreground job and resumes the rest of the line', () => {
    let r = type(freshWorld(), 'sleep 2.5 && echo done; echo after');
    expect(r.running).toBe(true);
    expect(r.prompt).toBe('');
    expect(jobEndsAt(r.world, 't1')).toBe(Date.UTC(2018, 4, 20, 10, 0, 2, 500));
    expect(type(r.world, 'echo refused').running).toBe(true);
    const start = r.world.now;
    r = tickBy(r.world, 1000);
    expect(r.running).toBe(true);
    r = tickBy(r.world, 5000);
    expect(r.running).toBe(false);
    expect(r.stdout).toBe('done\nafter\n');
    expect(r.world.now).toBe(start + 6000);
    expect(r.prompt).toBe('docker@default:~$ ');
  });

  it('is interrupted by Ctrl-C with 130', () => {
    const r = type(freshWorld(), 'sleep 10; echo never');
    const i = interrupt(r.world, 't1');
    expect(i.exitCode).toBe(130);
    expect(i.output).toEqual([{ stream: 'stdout', text: '^C' }, { stream: 'stdout', text: '\n' }]);
    expect(type(i.world, 'echo $?').stdout).toBe('130\n');
  });

  it('rejects bad intervals', () => {
    const r = type(freshWorld(), 'sleep x');
    expect(r.stderr).toBe("sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n");
    expect(r.exitCode).toBe(1);
  });
});

describe('names that are also Object.prototype properties', () => {
  it('are ordinary names for commands, variables and files', () => {
    const w = freshWorld();
    expect(type(w, 'toString').stderr).toBe('bash: toString: command not found\n');
    expect(type(w, 'echo "[$constructor]"').stdout).toBe('[]\n');
    const r = typeAll(w, ['touch constructor toString', 'ls']);
    expect(r.stdout).toBe('constructor  toString\n');
    expect(type(r.world, 'cat valueOf').stderr).toBe('cat: valueOf: No such file or directory\n');
  });
});
