import { describe, expect, it } from 'vitest';
import { dispatchFlask } from './flaskDispatch';
import { loadPythonProgram, type PythonContext } from './loadPythonProgram';
import { pyVersion } from './pyVersion';

const APP = `from flask import Flask, request, jsonify
import os
import socket

app = Flask(__name__)
visits = 0

@app.route('/')
def index():
    global visits
    visits += 1
    return "Hello %s! Visit %d" % (os.environ.get('NAME', 'world'), visits)

@app.route("/user/<name>")
def user(name):
    return f"Hi {name.title()} from {socket.gethostname()}"

@app.route("/double/<int:n>")
def double(n):
    return "{} x 2 = {}".format(n, n * 2)

@app.route('/api', methods=['GET', 'POST'])
def api():
    return jsonify({"b": [1, 2], "a": request.method})

@app.route('/q')
def q():
    return 'q=' + request.args.get('x', 'none')

@app.route('/post', methods=['POST'])
def post():
    return 'posted', 201

@app.route('/boom')
def boom():
    return undefined_name

if __name__ == '__main__':
    app.run(host='0.0.0.0', port=8080)
`;

function ctx(modern: boolean): PythonContext {
  return {
    version: pyVersion(modern ? '3.12.12' : '3.6.4', ''),
    file: '/app/app.py',
    source: APP,
    hasPackage: (n) => n === 'flask',
    flaskModern: modern,
    redis: { connectError: () => undefined, incr: () => 1, get: () => undefined, set: () => {} },
    env: { NAME: 'Pathshala' },
    hostname: 'c0ffee123456',
    cwd: '/app',
    pid: 1,
    argv: ['/app/app.py'],
    now: 0,
    random: () => 0,
    sleep: () => {},
  };
}

const get = (c: PythonContext, path: string, saved = {}, method = 'GET') => {
  const [p, query = ''] = path.split('?');
  return dispatchFlask(c, { method, path: p, query, headers: {}, remoteAddr: '172.17.0.1' }, saved, Date.UTC(2018, 4, 20, 10, 0, 0));
};

describe('a Flask app with several routes', () => {
  it('loads as a flask program with its run arguments', () => {
    const p = loadPythonProgram(ctx(false));
    expect(p.kind).toBe('flask');
    if (p.kind === 'flask') expect([p.run, p.app.name, p.app.routes.map((r) => r.rule)]).toEqual([{ host: '0.0.0.0', port: 8080, debug: false }, 'app', ['/', '/user/<name>', '/double/<int:n>', '/api', '/q', '/post', '/boom']]);
  });

  it('answers each route; a global counter survives between requests', () => {
    const c = ctx(false);
    const first = get(c, '/');
    expect(first.response.body).toBe('Hello Pathshala! Visit 1');
    expect(get(c, '/', first.saved).response.body).toBe('Hello Pathshala! Visit 2');
    expect(get(c, '/user/rahim').response.body).toBe('Hi Rahim from c0ffee123456');
    expect(get(c, '/double/21').response.body).toBe('21 x 2 = 42');
    expect(get(c, '/double/x').response.status).toBe(404);
    expect(get(c, '/q?x=5').response.body).toBe('q=5');
    expect(get(c, '/q').response.body).toBe('q=none');
    expect([get(c, '/post', {}, 'POST').response.status, get(c, '/post', {}, 'POST').response.body]).toEqual([201, 'posted']);
  });

  it('jsonify: pretty and sorted in Flask 0.12, compact today', () => {
    expect(get(ctx(false), '/api').response).toEqual({ status: 200, reason: 'OK', headers: { 'Content-Type': 'application/json' }, body: '{\n  "a": "GET", \n  "b": [\n    1, \n    2\n  ]\n}\n' });
    expect(get(ctx(true), '/api').response.body).toBe('{"a":"GET","b":[1,2]}\n');
  });

  it('405 with Allow, and the 500 page with the traceback logged', () => {
    const r = get(ctx(true), '/post');
    expect([r.response.status, r.response.headers.Allow]).toEqual([405, 'POST, OPTIONS']);
    const boom = get(ctx(true), '/boom');
    expect(boom.response.status).toBe(500);
    expect(boom.errorLog).toBe(
      '[2018-05-20 10:00:00,000] ERROR in app: Exception on /boom [GET]\nTraceback (most recent call last):\n' +
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app\n    response = self.full_dispatch_request()\n               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' +
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 919, in full_dispatch_request\n    rv = self.handle_user_exception(e)\n         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' +
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 917, in full_dispatch_request\n    rv = self.dispatch_request()\n         ^^^^^^^^^^^^^^^^^^^^^^^\n' +
        '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 902, in dispatch_request\n    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' +
        '  File "/app/app.py", line 36, in boom\n    return undefined_name\n           ^^^^^^^^^^^^^^\nNameError: name \'undefined_name\' is not defined\n',
    );
  });
});
