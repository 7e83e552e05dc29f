import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import type { World } from '../../../../engine/world';
import { tickBy, type, typeAll } from '../../../testing/shellHarness';
import { interrupt } from '../../../index';
import { maskAddresses, typeToEnd } from '../pkgTesting';

const SEED_LOG = [
  'Collecting Flask (from -r /app/requirements.txt (line 1))',
  '  Downloading Flask-0.12.2-py2.py3-none-any.whl (83kB)',
  'Collecting Werkzeug>=0.7 (from Flask->-r /app/requirements.txt (line 1))',
  '  Downloading Werkzeug-0.14.1-py2.py3-none-any.whl (322kB)',
  'Collecting Jinja2>=2.4 (from Flask->-r /app/requirements.txt (line 1))',
  '  Downloading Jinja2-2.10-py2.py3-none-any.whl (126kB)',
  'Collecting itsdangerous>=0.21 (from Flask->-r /app/requirements.txt (line 1))',
  '  Downloading itsdangerous-0.24.tar.gz (46kB)',
  'Collecting click>=2.0 (from Flask->-r /app/requirements.txt (line 1))',
  '  Downloading click-6.7-py2.py3-none-any.whl (71kB)',
  'Collecting MarkupSafe>=0.23 (from Jinja2>=2.4->Flask->-r /app/requirements.txt (line 1))',
  '  Downloading MarkupSafe-1.0.tar.gz',
  'Building wheels for collected packages: itsdangerous, MarkupSafe',
  '  Running setup.py bdist_wheel for itsdangerous: started',
  "  Running setup.py bdist_wheel for itsdangerous: finished with status 'done'",
  '  Stored in directory: /root/.cache/pip/wheels/fc/a8/66/24d655233c75e178d45dea2de22a04c6d92766abfb741129a',
  '  Running setup.py bdist_wheel for MarkupSafe: started',
  "  Running setup.py bdist_wheel for MarkupSafe: finished with status 'done'",
  '  Stored in directory: /root/.cache/pip/wheels/88/a7/30/e39a54a87bcbe25308fa3ca64e8ddc75d9b3e5afa21ee32d57',
  'Successfully built itsdangerous MarkupSafe',
  'Installing collected packages: Werkzeug, MarkupSafe, Jinja2, itsdangerous, click, Flask',
  'Successfully installed Flask-0.12.2 Jinja2-2.10 MarkupSafe-1.0 Werkzeug-0.14.1 click-6.7 itsdangerous-0.24',
  '',
].join('\n');

const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n";
const NOTICE = '\n[notice] A new release of pip is available: 25.0.1 -> 25.3\n[notice] To update, run: pip install --upgrade pip\n';

function classicShell(): World {
  return typeAll(createWorld({ profile: 'classic' }), ['docker run -it --name py python:3.6.4-slim bash']).world;
}

function currentShell(): World {
  return typeAll(createWorld({ profile: 'current' }), ['docker run -it --name py python:3.12-slim bash']).world;
}

describe('pip 9 in python:3.6.4-slim (classic)', () => {
  it("prints the seed's build log for -r requirements.txt in a container's script (no terminal)", () => {
    const w = typeAll(createWorld({ profile: 'classic' }), [
      "docker run --name py python:3.6.4-slim sh -c 'mkdir /app && echo Flask > /app/requirements.txt && pip install -r /app/requirements.txt'",
    ]).world;
    const logs = type(w, 'docker logs py');
    expect(logs.stdout).toBe(SEED_LOG);
    expect(logs.stderr).toBe('');
  });

  it('installs into site-packages, takes time on a terminal, and shows the 100% bars there', () => {
    const r = typeToEnd(classicShell(), 'pip install flask');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Collecting flask',
      '  Downloading Flask-0.12.2-py2.py3-none-any.whl (83kB)',
      '    100% |████████████████████████████████| 92kB 2.6MB/s',
    ]);
    expect(r.stdout).toContain('  Downloading MarkupSafe-1.0.tar.gz\nBuilding wheels');
    expect(r.stdout.endsWith('Successfully installed Jinja2-2.10 MarkupSafe-1.0 Werkzeug-0.14.1 click-6.7 flask-0.12.2 itsdangerous-0.24\n')).toBe(true);
    expect(r.tookMs).toBeGreaterThan(5000);
    const ls = type(r.world, 'ls -1 /usr/local/lib/python3.6/site-packages/flask /usr/local/lib/python3.6/site-packages/Flask-0.12.2.dist-info');
    expect(ls.stdout).toBe(
      '/usr/local/lib/python3.6/site-packages/Flask-0.12.2.dist-info:\nINSTALLER\nMETADATA\nRECORD\nWHEEL\ntop_level.txt\n\n/usr/local/lib/python3.6/site-packages/flask:\n__init__.py\n__pycache__\n',
    );
    expect(type(r.world, 'head -3 /usr/local/lib/python3.6/site-packages/Flask-0.12.2.dist-info/METADATA').stdout).toBe('Metadata-Version: 2.1\nName: Flask\nVersion: 0.12.2\n');
    expect(type(r.world, 'ls /usr/local/bin/flask').stdout).toBe('/usr/local/bin/flask\n');
  });

  it('says what is already satisfied, and lists and freezes in the 9.0 formats', () => {
    const w = typeToEnd(classicShell(), 'pip install flask').world;
    const again = typeToEnd(w, 'pip install flask');
    expect(again.stdout).toBe(
      [
        'Requirement already satisfied: flask in /usr/local/lib/python3.6/site-packages',
        'Requirement already satisfied: Werkzeug>=0.7 in /usr/local/lib/python3.6/site-packages (from flask)',
        'Requirement already satisfied: Jinja2>=2.4 in /usr/local/lib/python3.6/site-packages (from flask)',
        'Requirement already satisfied: itsdangerous>=0.21 in /usr/local/lib/python3.6/site-packages (from flask)',
        'Requirement already satisfied: click>=2.0 in /usr/local/lib/python3.6/site-packages (from flask)',
        'Requirement already satisfied: MarkupSafe>=0.23 in /usr/local/lib/python3.6/site-packages (from Jinja2>=2.4->flask)',
        '',
      ].join('\n'),
    );
    const list = type(w, 'pip list');
    expect(list.stderr).toBe(
      'DEPRECATION: The default format will switch to columns in the future. You can use --format=(legacy|columns) (or define a format=(legacy|columns) in your pip.conf under the [list] section) to disable this warning.\n',
    );
    expect(list.stdout).toBe('click (6.7)\nFlask (0.12.2)\nitsdangerous (0.24)\nJinja2 (2.10)\nMarkupSafe (1.0)\npip (9.0.3)\nsetuptools (39.0.1)\nWerkzeug (0.14.1)\nwheel (0.30.0)\n');
    expect(type(w, 'pip freeze').stdout).toBe('click==6.7\nFlask==0.12.2\nitsdangerous==0.24\nJinja2==2.10\nMarkupSafe==1.0\nWerkzeug==0.14.1\n');
    expect(type(w, 'pip3 --version').stdout).toBe('pip 9.0.3 from /usr/local/lib/python3.6/site-packages (python 3.6)\n');
  });

  it('installs sdists with setup.py and no wheel cache under --no-cache-dir', () => {
    const r = typeToEnd(classicShell(), 'pip install --no-cache-dir itsdangerous');
    expect(r.stdout).toBe(
      "Collecting itsdangerous\n  Downloading itsdangerous-0.24.tar.gz (46kB)\n    100% |████████████████████████████████| 51kB 2.6MB/s\nInstalling collected packages: itsdangerous\n  Running setup.py install for itsdangerous: started\n    Running setup.py install for itsdangerous: finished with status 'done'\nSuccessfully installed itsdangerous-0.24\n",
    );
    expect(type(r.world, 'ls /usr/local/lib/python3.6/site-packages').stdout).toContain('itsdangerous-0.24-py3.6.egg-info');
  });

  it("keeps downloads and built wheels in /root/.cache/pip unless --no-cache-dir (a smaller layer)", () => {
    const cached = typeToEnd(classicShell(), 'pip install flask');
    expect(type(cached.world, 'ls /root/.cache/pip/wheels/88/a7/30/e39a54a87bcbe25308fa3ca64e8ddc75d9b3e5afa21ee32d57').stdout).toBe('MarkupSafe-1.0-py3-none-any.whl\n');
    expect(type(cached.world, 'ls /root/.cache/pip').stdout).toBe('http  wheels\n');
    const bare = typeToEnd(classicShell(), 'pip install --no-cache-dir flask');
    expect(type(bare.world, 'ls /root/.cache/pip').exitCode).toBe(2);
  });

  it('plays out over the clock on a terminal; Ctrl-C stops it with nothing installed', () => {
    const started = type(classicShell(), 'pip install flask');
    expect([started.running, started.stdout]).toEqual([true, 'Collecting flask\n']);
    const mid = tickBy(started.world, 360);
    expect(mid.stdout).toBe('  Downloading Flask-0.12.2-py2.py3-none-any.whl (83kB)\n');
    const stopped = interrupt(mid.world, 't1');
    expect([stopped.running, stopped.exitCode]).toEqual([false, 130]);
    expect(type(stopped.world, 'ls /usr/local/lib/python3.6/site-packages').stdout).toBe('README.txt\n');
  });

  it('cannot find an unknown project', () => {
    const r = typeToEnd(classicShell(), 'pip install foo');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      'Collecting foo\n',
      '  Could not find a version that satisfies the requirement foo (from versions: )\nNo matching distribution found for foo\n',
      1,
    ]);
  });

  it('retries five times and gives up without a network', () => {
    const r = typeAll(createWorld({ profile: 'classic' }), ['docker run --network none --name py python:3.6.4-slim pip install flask', 'docker logs py']);
    const retry = (n: number) =>
      `  Retrying (Retry(total=${n}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at 0x7f…>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',)': /simple/flask/\n`;
    expect(r.stdout).toBe('Collecting flask\n');
    expect(maskAddresses(r.stderr)).toBe(
      [4, 3, 2, 1, 0].map(retry).join('') + '  Could not find a version that satisfies the requirement flask (from versions: )\nNo matching distribution found for flask\n',
    );
    expect(type(r.world, "docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(1\)/);
  });

  it('is not on the docker host', () => {
    expect(type(createWorld({ profile: 'current' }), 'pip install flask').stderr).toBe('bash: pip: command not found\n');
  });

  it('prints the whole files.pythonhosted.org URL in pip 10 (python:3, 3.6.5) and lists in columns', () => {
    const w = typeAll(createWorld({ profile: 'classic' }), ['docker run -it --name py python:3 bash']).world;
    const r = typeToEnd(w, 'pip install itsdangerous');
    expect(r.stdout).toBe(
      'Collecting itsdangerous\n  Downloading https://files.pythonhosted.org/packages/dc/b4/a60bcdba945c00f6d608d8975131ab3f25b22f2bcfe1dab221165194b2d4/itsdangerous-0.24.tar.gz (46kB)\n    100% |████████████████████████████████| 51kB 2.6MB/s\n' +
        'Building wheels for collected packages: itsdangerous\n  Running setup.py bdist_wheel for itsdangerous: started\n  Running setup.py bdist_wheel for itsdangerous: finished with status \'done\'\n' +
        '  Stored in directory: /root/.cache/pip/wheels/fc/a8/66/24d655233c75e178d45dea2de22a04c6d92766abfb741129a\nSuccessfully built itsdangerous\nInstalling collected packages: itsdangerous\nSuccessfully installed itsdangerous-0.24\n',
    );
    expect(type(r.world, 'pip list').stdout).toBe('Package      Version\n------------ -------\nitsdangerous 0.24   \npip          10.0.1 \nsetuptools   39.1.0 \nwheel        0.31.0 \n'.replace(/ +\n/g, '\n'));
    expect(type(r.world, 'pip --version').stdout).toBe('pip 10.0.1 from /usr/local/lib/python3.6/site-packages/pip (python 3.6)\n');
  });
});

describe('pip 9 in python:3.6.4-slim (current): Requires-Python', () => {
  it("skips releases that need a newer Python: Flask 2.0.3 and the 3.6 backports its markers pull in", () => {
    const r = typeAll(createWorld({ profile: 'current' }), ['docker run --name py python:3.6.4-slim pip install flask', 'docker logs py']);
    expect(r.stdout).toBe(
      [
        'Collecting flask',
        '  Downloading Flask-2.0.3-py3-none-any.whl (95kB)',
        'Collecting Werkzeug>=2.0 (from flask)',
        '  Downloading Werkzeug-2.0.3-py3-none-any.whl (289kB)',
        'Collecting Jinja2>=3.0 (from flask)',
        '  Downloading Jinja2-3.0.3-py3-none-any.whl (133kB)',
        'Collecting itsdangerous>=2.0 (from flask)',
        '  Downloading itsdangerous-2.0.1-py3-none-any.whl',
        'Collecting click>=7.1.2 (from flask)',
        '  Downloading click-8.0.4-py3-none-any.whl (97kB)',
        'Collecting dataclasses; python_version < "3.7" (from Werkzeug>=2.0->flask)',
        '  Downloading dataclasses-0.8-py3-none-any.whl',
        'Collecting MarkupSafe>=2.0 (from Jinja2>=3.0->flask)',
        '  Downloading MarkupSafe-2.0.1-cp36-cp36m-manylinux_2_5_x86_64.manylinux1_x86_64.whl',
        'Collecting importlib-metadata; python_version < "3.8" (from click>=7.1.2->flask)',
        '  Downloading importlib_metadata-4.8.3-py3-none-any.whl',
        'Collecting zipp>=0.5 (from importlib-metadata; python_version < "3.8"->click>=7.1.2->flask)',
        '  Downloading zipp-3.6.0-py3-none-any.whl',
        'Collecting typing-extensions>=3.6.4; python_version < "3.8" (from importlib-metadata; python_version < "3.8"->click>=7.1.2->flask)',
        '  Downloading typing_extensions-4.1.1-py3-none-any.whl',
        'Installing collected packages: dataclasses, Werkzeug, MarkupSafe, Jinja2, itsdangerous, zipp, typing-extensions, importlib-metadata, click, flask',
        'Successfully installed Jinja2-3.0.3 MarkupSafe-2.0.1 Werkzeug-2.0.3 click-8.0.4 dataclasses-0.8 flask-2.0.3 importlib-metadata-4.8.3 itsdangerous-2.0.1 typing-extensions-4.1.1 zipp-3.6.0',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe("You are using pip version 9.0.3, however version 25.3 is available.\nYou should consider upgrading via the 'pip install --upgrade pip' command.\n");
    const w = typeAll(createWorld({ profile: 'current' }), ['docker run --name py python:3.6.4-slim sh -c "pip install -q flask && pip freeze"']).world;
    expect(type(w, 'docker logs py').stdout).toBe(
      'click==8.0.4\ndataclasses==0.8\nFlask==2.0.3\nimportlib-metadata==4.8.3\nitsdangerous==2.0.1\nJinja2==3.0.3\nMarkupSafe==2.0.1\ntyping_extensions==4.1.1\nWerkzeug==2.0.3\nzipp==3.6.0\n',
    );
  });
});

describe('pip 25 in python:3.12-slim (current)', () => {
  it('collects metadata first, downloads, installs in the resolver order, and warns about root and a newer pip', () => {
    const r = typeToEnd(currentShell(), 'pip install flask');
    expect(r.stdout).toBe(
      [
        'Collecting flask',
        '  Downloading flask-3.1.0-py3-none-any.whl.metadata (2.7 kB)',
        'Collecting Werkzeug>=3.1 (from flask)',
        '  Downloading werkzeug-3.1.3-py3-none-any.whl.metadata (3.7 kB)',
        'Collecting Jinja2>=3.1.2 (from flask)',
        '  Downloading jinja2-3.1.5-py3-none-any.whl.metadata (2.6 kB)',
        'Collecting itsdangerous>=2.2 (from flask)',
        '  Downloading itsdangerous-2.2.0-py3-none-any.whl.metadata (1.9 kB)',
        'Collecting click>=8.1.3 (from flask)',
        '  Downloading click-8.1.8-py3-none-any.whl.metadata (2.3 kB)',
        'Collecting blinker>=1.9 (from flask)',
        '  Downloading blinker-1.9.0-py3-none-any.whl.metadata (1.6 kB)',
        'Collecting MarkupSafe>=2.0 (from Jinja2>=3.1.2->flask)',
        '  Downloading MarkupSafe-3.0.2-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (4.0 kB)',
        'Downloading flask-3.1.0-py3-none-any.whl (102 kB)',
        'Downloading blinker-1.9.0-py3-none-any.whl (8.5 kB)',
        'Downloading click-8.1.8-py3-none-any.whl (98 kB)',
        'Downloading itsdangerous-2.2.0-py3-none-any.whl (16 kB)',
        'Downloading jinja2-3.1.5-py3-none-any.whl (134 kB)',
        'Downloading werkzeug-3.1.3-py3-none-any.whl (224 kB)',
        'Downloading MarkupSafe-3.0.2-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (23 kB)',
        'Installing collected packages: markupsafe, itsdangerous, click, blinker, werkzeug, jinja2, flask',
        'Successfully installed blinker-1.9.0 click-8.1.8 flask-3.1.0 itsdangerous-2.2.0 jinja2-3.1.5 markupsafe-3.0.2 werkzeug-3.1.3',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(ROOT_WARNING + NOTICE);
    expect(type(r.world, 'ls /usr/local/lib/python3.12/site-packages').stdout).toContain('flask-3.1.0.dist-info');
    const list = type(r.world, 'pip list');
    expect(list.stdout).toBe(
      'Package      Version\n------------ -------\nblinker      1.9.0\nclick        8.1.8\nFlask        3.1.0\nitsdangerous 2.2.0\nJinja2       3.1.5\nMarkupSafe   3.0.2\npip          25.0.1\nWerkzeug     3.1.3\n',
    );
    expect(list.stderr).toBe(NOTICE);
    expect(type(r.world, 'pip freeze').stdout).toBe('blinker==1.9.0\nclick==8.1.8\nFlask==3.1.0\nitsdangerous==2.2.0\nJinja2==3.1.5\nMarkupSafe==3.0.2\nWerkzeug==3.1.3\n');
    expect(type(r.world, 'pip --version').stdout).toBe('pip 25.0.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n');
  });

  it('reports satisfied requirements with their versions, quietly on flags that silence the warnings', () => {
    const w = typeToEnd(currentShell(), 'pip install requests').world;
    const r = typeToEnd(w, 'pip install --root-user-action=ignore --disable-pip-version-check requests');
    expect(r.stdout).toBe(
      [
        'Requirement already satisfied: requests in /usr/local/lib/python3.12/site-packages (2.32.3)',
        'Requirement already satisfied: charset-normalizer<4,>=2 in /usr/local/lib/python3.12/site-packages (from requests) (3.4.1)',
        'Requirement already satisfied: idna<4,>=2.5 in /usr/local/lib/python3.12/site-packages (from requests) (3.10)',
        'Requirement already satisfied: urllib3<3,>=1.21.1 in /usr/local/lib/python3.12/site-packages (from requests) (2.3.0)',
        'Requirement already satisfied: certifi>=2017.4.17 in /usr/local/lib/python3.12/site-packages (from requests) (2024.12.14)',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
  });

  it('draws the finished bar for a big wheel on a terminal only', () => {
    const tty = typeToEnd(currentShell(), 'pip install numpy');
    expect(tty.stdout).toContain(
      'Downloading numpy-2.2.1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (16.1 MB)\n   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 16.1/16.1 MB 32.0 MB/s eta 0:00:00\nInstalling collected packages: numpy\n',
    );
    const piped = typeToEnd(currentShell(), 'pip install numpy | cat');
    expect(piped.stdout).not.toContain('━');
  });

  it('collects dependencies without their environment markers (pandas → numpy)', () => {
    const r = typeToEnd(currentShell(), 'pip install pandas');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Collecting pandas',
      '  Downloading pandas-2.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (89 kB)',
      'Collecting numpy>=1.26.0 (from pandas)',
      '  Downloading numpy-2.2.1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (62 kB)',
    ]);
    expect(r.stdout).toContain('Installing collected packages: tzdata, six, pytz, numpy, python-dateutil, pandas\n');
  });

  it("installs into ~/.local for a user who cannot write site-packages, warning that ~/.local/bin is not on PATH", () => {
    const w = typeAll(createWorld({ profile: 'current' }), ['docker run -it --name py --user 1000 -e HOME=/home/app python:3.12-slim bash']).world;
    const r = typeToEnd(w, 'pip install flask');
    expect(r.stdout.split('\n')[0]).toBe('Defaulting to user installation because normal site-packages is not writeable');
    expect(r.stderr).toBe("  WARNING: The script flask is installed in '/home/app/.local/bin' which is not on PATH.\n  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.\n" + NOTICE);
    expect(type(r.world, 'ls /home/app/.local/lib/python3.12/site-packages/flask').stdout).toBe('__init__.py  __pycache__\n');
    expect(type(r.world, 'ls /home/app/.local/bin').stdout).toBe('flask\n');
  });

  it('upgrades pip itself, uninstalling the old one', () => {
    const r = typeToEnd(currentShell(), 'pip install --upgrade pip');
    expect(r.stdout).toBe(
      'Collecting pip\n  Downloading pip-25.3-py3-none-any.whl.metadata (4.7 kB)\nDownloading pip-25.3-py3-none-any.whl (1.8 MB)\n   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1.8/1.8 MB 32.0 MB/s eta 0:00:00\nInstalling collected packages: pip\n  Attempting uninstall: pip\n    Found existing installation: pip 25.0.1\n    Uninstalling pip-25.0.1:\n      Successfully uninstalled pip-25.0.1\nSuccessfully installed pip-25.3\n',
    );
    expect(r.stderr).toBe(ROOT_WARNING);
    expect(type(r.world, 'pip --version').stdout).toBe('pip 25.3 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n');
  });

  it('cannot find an unknown project, and names the parent of a dependency', () => {
    const r = typeToEnd(currentShell(), 'pip install foo');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      '',
      'ERROR: Could not find a version that satisfies the requirement foo (from versions: none)\nERROR: No matching distribution found for foo\n' + NOTICE,
      1,
    ]);
  });

  it('retries five times and gives up on --network none', () => {
    const r = typeAll(createWorld({ profile: 'current' }), ['docker run --network none --name py python:3.12-slim pip install flask', 'docker logs py']);
    const retry = (n: number) =>
      `WARNING: Retrying (Retry(total=${n}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f…>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/flask/\n`;
    expect(r.stdout).toBe('');
    expect(maskAddresses(r.stderr)).toBe(
      [4, 3, 2, 1, 0].map(retry).join('') + 'ERROR: Could not find a version that satisfies the requirement flask (from versions: none)\nERROR: No matching distribution found for flask\n',
    );
  });

  it('reads requirements files with comments and pins, and says when one is missing', () => {
    const w = typeAll(currentShell(), ["printf '# web\\nflask==3.0.3\\n\\nredis\\n' > requirements.txt"]).world;
    const r = typeToEnd(w, 'pip install -r requirements.txt');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Collecting flask==3.0.3 (from -r requirements.txt (line 2))',
      '  Downloading flask-3.0.3-py3-none-any.whl.metadata (2.7 kB)',
      'Collecting redis (from -r requirements.txt (line 4))',
    ]);
    expect(r.stdout).toContain('Successfully installed blinker-1.9.0 click-8.1.8 flask-3.0.3 ');
    const missing = type(w, 'pip install -r nope.txt');
    expect([missing.stderr, missing.exitCode]).toEqual(["ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'nope.txt'\n", 1]);
  });
});
