import { describe, it, expect, vi } from 'vitest';
vi.mock('../docker/index', () => ({ dockerCommand: { name: 'docker', summary: 'stand-in', run: () => 0 } }));
import { freshWorld, type, typeAll } from '../../testing/shellHarness';

describe('file commands on the host (GNU texts)', () => {
  it('ls -l and ls -la in GNU layout', () => {
    const r = typeAll(freshWorld(), ['mkdir app', 'echo "print(1)" > app/main.py', 'echo hello > notes.txt']);
    expect(type(r.world, 'ls').stdout).toBe('app  notes.txt\n');
    expect(type(r.world, 'ls -l').stdout).toBe(
      'total 8\ndrwxr-xr-x 2 docker staff 4096 May 20 10:00 app\n-rw-r--r-- 1 docker staff    6 May 20 10:00 notes.txt\n',
    );
    expect(type(r.world, 'ls -la app').stdout).toBe(
      'total 12\ndrwxr-xr-x 2 docker staff 4096 May 20 10:00 .\ndrwxr-xr-x 3 docker staff 4096 May 20 10:00 ..\n-rw-r--r-- 1 docker staff    9 May 20 10:00 main.py\n',
    );
    expect(type(r.world, 'ls -1 app notes.txt').stdout).toBe('notes.txt\n\napp:\nmain.py\n');
  });

  it('ls of a missing path', () => {
    const r = type(freshWorld(), 'ls nope');
    expect(r.stderr).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(r.exitCode).toBe(2);
    expect(type(freshWorld(), 'ls -z').stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
  });

  it('mkdir, touch, rm, cp and mv errors', () => {
    const w = freshWorld();
    expect(type(w, 'mkdir a/b').stderr).toBe('mkdir: cannot create directory ‘a/b’: No such file or directory\n');
    let r = typeAll(w, ['mkdir -p a/b', 'touch a/f']);
    expect(type(r.world, 'mkdir a').stderr).toBe('mkdir: cannot create directory ‘a’: File exists\n');
    expect(type(r.world, 'rm a').stderr).toBe("rm: cannot remove 'a': Is a directory\n");
    expect(type(r.world, 'rm x').stderr).toBe("rm: cannot remove 'x': No such file or directory\n");
    expect(type(r.world, 'rm -f x').all).toBe('');
    expect(type(r.world, 'cp a c').stderr).toBe("cp: -r not specified; omitting directory 'a'\n");
    expect(type(r.world, 'cp x c').stderr).toBe("cp: cannot stat 'x': No such file or directory\n");
    expect(type(r.world, 'mv x c').stderr).toBe("mv: cannot stat 'x': No such file or directory\n");
    expect(type(r.world, 'touch q/x').stderr).toBe("touch: cannot touch 'q/x': No such file or directory\n");
    expect(type(r.world, 'cat a').stderr).toBe('cat: a: Is a directory\n');
    r = typeAll(r.world, ['cp -r a c', 'mv a/f a/g', 'rm -rf a', 'ls c; ls c/b; ls']);
    expect(r.stdout).toBe('b  f\nc\n');
  });

  it('globs against the filesystem', () => {
    const r = typeAll(freshWorld(), ['touch a.py b.py c.txt', 'echo *.py', 'echo "*.py" z*']);
    expect(r.stdout).toBe('*.py z*\n');
    expect(type(r.world, 'echo *.py').stdout).toBe('a.py b.py\n');
  });

  it('cd and pwd', () => {
    let r = typeAll(freshWorld(), ['mkdir -p x/y', 'cd x/y', 'pwd']);
    expect(r.stdout).toBe('/home/docker/x/y\n');
    expect(r.prompt).toBe('docker@default:~/x/y$ ');
    r = type(r.world, 'cd /nope');
    expect(r.stderr).toBe('bash: cd: /nope: No such file or directory\n');
    expect(type(r.world, 'cd; pwd').stdout).toBe('/home/docker\n');
  });
});

describe('system information on the host', () => {
  it('hostname, whoami, id, uname, date', () => {
    const w = freshWorld();
    expect(type(w, 'hostname').stdout).toBe('default\n');
    expect(type(w, 'whoami').stdout).toBe('docker\n');
    expect(type(w, 'uname').stdout).toBe('Linux\n');
    expect(type(w, 'uname -r').stdout).toBe('4.9.93-boot2docker\n');
    expect(type(w, 'uname -s -n -m').stdout).toBe('Linux default x86_64\n');
    expect(type(w, 'date').stdout).toBe('Sun May 20 10:00:00 UTC 2018\n');
    expect(type(w, 'date +%Y-%m-%d').stdout).toBe('2018-05-20\n');
  });

  it('ps shows the terminal processes, ps aux everything', () => {
    const w = freshWorld();
    expect(type(w, 'ps').stdout).toBe('  PID TTY          TIME CMD\n 1000 pts/0    00:00:00 bash\n    2 pts/0    00:00:00 ps\n');
    expect(type(w, 'ps -ef').stdout).toBe(
      'UID        PID  PPID  C STIME TTY          TIME CMD\nroot         1     0  0 10:00 ?        00:00:00 /sbin/init\ndocker    1000     1  0 10:00 pts/0    00:00:00 -bash\ndocker       2  1000  0 10:00 pts/0    00:00:00 ps\n',
    );
  });

  it('which and type', () => {
    const w = freshWorld();
    expect(type(w, 'type cd').stdout).toBe('cd is a shell builtin\n');
    expect(type(w, 'which docker').stdout).toBe('/usr/local/bin/docker\n');
    expect(type(w, 'type nope').stderr).toBe('bash: type: nope: not found\n');
  });
});

describe('text utilities', () => {
  it('head, tail, wc, sort, uniq, tr, seq, printf', () => {
    const w = freshWorld();
    expect(type(w, 'seq 5 | head -n 2').stdout).toBe('1\n2\n');
    expect(type(w, 'seq 5 | tail -2').stdout).toBe('4\n5\n');
    expect(type(w, 'echo a b c | wc -w').stdout).toBe('3\n');
    expect(type(w, 'echo a b c | wc').stdout).toBe('      1       3       6\n');
    expect(type(w, 'printf "10\\n9\\n10\\n" | sort -n -u').stdout).toBe('9\n10\n');
    expect(type(w, 'echo hello | tr a-z A-Z').stdout).toBe('HELLO\n');
    expect(type(w, 'printf "%s=%d\\n" a 1 b 2').stdout).toBe('a=1\nb=2\n');
    expect(type(w, 'head -n 1 nope').stderr).toBe("head: cannot open 'nope' for reading: No such file or directory\n");
  });
});
