import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { python } from './python';
import './registry';

const SEED = `#main.py
from flask import Flask
app = Flask(__name__)
@app.route("/")
def hello():
    return "Hey I'm running python flask app inside Docker!"
if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True, port=5000)
`;

const FLASK36 = { '/usr/local/lib/python3.6/site-packages/flask/__init__.py': "__version__ = '0.12.2'\n" };
const FLASK312 = { '/usr/local/lib/python3.12/site-packages/flask/__init__.py': "__version__ = '3.1.2'\n" };
const PY36 = { PYTHON_VERSION: '3.6.4' };
const PY312 = { PYTHON_VERSION: '3.12.12' };

describe('python', () => {
  it('exits 0 without stdin and stays with -it', () => {
    expect(runProgram(python, ['python3']).exitCode).toBe(0);
    expect(runProgram(python, ['python'], { tty: true, openStdin: true }).exitCode).toBeUndefined();
    expect(python.interactive).toBe('python3');
  });

  it('cannot open a missing script (3.6 as typed, 3.9+ absolute)', () => {
    const classic = runProgram(python, ['python3', 'x.py'], { profile: 'classic', env: PY36 });
    expect([classic.stderr, classic.exitCode]).toEqual(["python3: can't open file 'x.py': [Errno 2] No such file or directory\n", 2]);
    const base = runProgram(python, ['python3']).api.container.config;
    const current = runProgram(python, ['python', 'x.py'], { profile: 'current', env: PY312, container: { config: { ...base, workingDir: '/app' } } });
    expect(current.stderr).toBe("python: can't open file '/app/x.py': [Errno 2] No such file or directory\n");
  });

  it("runs the seed's app in 2018: werkzeug 0.14 lines with the debugger, page, request log", () => {
    const r = runProgram(python, ['python', '/app/main.py'], { profile: 'classic', env: PY36, files: { '/app/main.py': SEED, ...FLASK36 } });
    expect(r.stderr).toMatch(/^ \* Running on http:\/\/0\.0\.0\.0:5000\/ \(Press CTRL\+C to quit\)\n \* Restarting with stat\n \* Debugger is active!\n \* Debugger PIN: \d{3}-\d{3}-\d{3}\n$/);
    expect(r.listens).toEqual(['5000/tcp']);
    r.stderr = '';
    r.advance(5000);
    const res = r.http({ port: 5000 });
    expect([res.status, res.statusText, res.body]).toEqual([200, 'OK', "Hey I'm running python flask app inside Docker!"]);
    expect(res.headers).toEqual({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '47', Server: 'Werkzeug/0.14.1 Python/3.6.4', Date: 'Sun, 20 May 2018 10:00:05 GMT' });
    const missing = r.http({ path: '/missing' });
    expect([missing.status, missing.statusText, missing.body]).toEqual([
      404,
      'NOT FOUND',
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.</p>\n',
    ]);
    expect(r.stderr).toBe('172.17.0.1 - - [20/May/2018 10:00:05] "GET / HTTP/1.1" 200 -\n172.17.0.1 - - [20/May/2018 10:00:05] "GET /missing HTTP/1.1" 404 -\n');
  });

  it("prints today's Flask banner and coloured request lines", () => {
    const r = runProgram(python, ['python', 'app.py'], { profile: 'current', env: PY312, files: { '/app.py': SEED.replace('debug=True, ', ''), ...FLASK312 } });
    expect(r.stdout).toBe(" * Serving Flask app 'app'\n * Debug mode: off\n");
    expect(r.stderr).toBe(
      '\u001b[31m\u001b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\u001b[0m\n' +
        ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://127.0.0.1:5000\n\u001b[33mPress CTRL+C to quit\u001b[0m\n',
    );
    r.stderr = '';
    const res = r.http({ path: '/nope' });
    expect(res.headers).toEqual({ Server: 'Werkzeug/3.1.3 Python/3.12.12', Date: 'Thu, 15 Jan 2026 10:00:00 GMT', 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '207', Connection: 'close' });
    expect(r.stderr).toBe('172.17.0.1 - - [15/Jan/2026 10:00:00] "\u001b[33mGET /nope HTTP/1.1\u001b[0m" 404 -\n');
  });

  it('crashes with ModuleNotFoundError when flask is not installed', () => {
    const r = runProgram(python, ['python', '/app/main.py'], { profile: 'classic', env: PY36, files: { '/app/main.py': SEED } });
    expect([r.stderr, r.exitCode]).toEqual([
      'Traceback (most recent call last):\n  File "/app/main.py", line 2, in <module>\n    from flask import Flask\nModuleNotFoundError: No module named \'flask\'\n',
      1,
    ]);
  });

  it('keeps print output buffered until exit unless -u or PYTHONUNBUFFERED', () => {
    const app = `import flask\nprint("starting")\napp = flask.Flask(__name__)\napp.run(host="0.0.0.0")\n`;
    const buffered = runProgram(python, ['python', '/a.py'], { profile: 'classic', env: PY36, files: { '/a.py': app, ...FLASK36 } });
    expect(buffered.stdout).toBe('');
    buffered.signal('SIGINT');
    expect([buffered.stdout, buffered.exitCode]).toEqual(['starting\n', 0]);
    const unbuffered = runProgram(python, ['python', '-u', '/a.py'], { profile: 'classic', env: PY36, files: { '/a.py': app, ...FLASK36 } });
    expect(unbuffered.stdout).toBe('starting\n');
    const byEnv = runProgram(python, ['python', '/a.py'], { profile: 'classic', env: { ...PY36, PYTHONUNBUFFERED: '1' }, files: { '/a.py': app, ...FLASK36 } });
    expect(byEnv.stdout).toBe('starting\n');
  });

  it('does not answer from outside when the app listens on 127.0.0.1 (the default)', () => {
    const app = `from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef i():\n    return 'hi'\napp.run()\n`;
    const r = runProgram(python, ['python', '/a.py'], { profile: 'classic', env: PY36, files: { '/a.py': app, ...FLASK36 } });
    expect([r.stderr, r.listens]).toEqual([' * Running on http://127.0.0.1:5000/ (Press CTRL+C to quit)\n', ['5000/tcp']]);
    expect(() => r.http({})).toThrow('no answer');
    expect(r.http({ remoteAddr: '127.0.0.1' }).body).toBe('hi');
  });

  it('runs a plain script and exits with its code', () => {
    const r = runProgram(python, ['python', '/s.py'], { env: PY36, files: { '/s.py': 'import sys\nfor i in range(3):\n    print("line", i)\nsys.exit(3)\n' } });
    expect([r.stdout, r.exitCode]).toEqual(['line 0\nline 1\nline 2\n', 3]);
  });

  it('names what the model does not support', () => {
    const r = runProgram(python, ['python', '/s.py'], { env: PY36, files: { '/s.py': 'x = 1\n\nclass A:\n    pass\n' } });
    expect([r.stderr, r.exitCode]).toEqual(["pathshala: this simulator's Python model does not support 'class' statements (line 3)\n", 1]);
  });
});
