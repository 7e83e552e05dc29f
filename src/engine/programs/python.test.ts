import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { node, python } from './python';
import './registry';

const APP = `from flask import Flask
from redis import Redis, RedisError
import os
import socket

# Connect to Redis
redis = Redis(host="redis", db=0, socket_connect_timeout=2, socket_timeout=2)

app = Flask(__name__)

@app.route("/")
def hello():
    try:
        visits = redis.incr("counter")
    except RedisError:
        visits = "<i>cannot connect to Redis, counter disabled</i>"

    html = "<h3>Hello {name}!</h3>" \\
           "<b>Hostname:</b> {hostname}<br/>" \\
           "<b>Visits:</b> {visits}"
    return html.format(name=os.getenv("NAME", "world"), hostname=socket.gethostname(), visits=visits)

@app.route('/plain')
def plain():
    return 'just text'

if __name__ == "__main__":
    app.run(host='0.0.0.0', port=80)
`;

describe('python', () => {
  it('exits 0 without stdin and stays with -it', () => {
    expect(runProgram(python, ['python3']).exitCode).toBe(0);
    expect(runProgram(python, ['python'], { tty: true, openStdin: true }).exitCode).toBeUndefined();
    expect(python.interactive).toBe('python3');
  });

  it('cannot open a missing script', () => {
    const classic = runProgram(python, ['python3', 'x.py'], { profile: 'classic' });
    expect([classic.stderr, classic.exitCode]).toEqual(["python3: can't open file 'x.py': [Errno 2] No such file or directory\n", 2]);
    const current = runProgram(python, ['python', 'x.py'], { profile: 'current', container: { config: { ...runProgram(python, ['python3']).api.container.config, workingDir: '/app' } } });
    expect(current.stderr).toBe("python: can't open file '/app/x.py': [Errno 2] No such file or directory\n");
  });

  it('runs the tutorial Flask app: banner, port, pages, werkzeug log', () => {
    const r = runProgram(python, ['python', 'app.py'], { profile: 'classic', files: { '/app.py': APP }, hostname: '4d5b9c2a1f3e', env: { NAME: 'World' } });
    expect(r.stderr).toBe(' * Running on http://0.0.0.0:80/ (Press CTRL+C to quit)\n');
    expect(r.listens).toEqual(['80/tcp']);
    r.stderr = '';
    r.advance(5000);
    const res = r.http({});
    expect(res.body).toBe('<h3>Hello World!</h3><b>Hostname:</b> 4d5b9c2a1f3e<br/><b>Visits:</b> <i>cannot connect to Redis, counter disabled</i>');
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(r.http({ path: '/plain' }).body).toBe('just text');
    expect(r.http({ path: '/missing' }).status).toBe(404);
    expect(r.stderr).toBe(
      '172.17.0.1 - - [20/May/2018 10:00:05] "GET / HTTP/1.1" 200 -\n' +
        '172.17.0.1 - - [20/May/2018 10:00:05] "GET /plain HTTP/1.1" 200 -\n' +
        '172.17.0.1 - - [20/May/2018 10:00:05] "GET /missing HTTP/1.1" 404 -\n',
    );
  });

  it("prints today's Flask banner", () => {
    const r = runProgram(python, ['python', 'app.py'], { profile: 'current', files: { '/app.py': APP } });
    expect(r.stdout).toBe(" * Serving Flask app 'app'\n * Debug mode: off\n");
    expect(r.stderr).toBe(
      '\u001b[1m\u001b[31mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\u001b[0m\n' +
        ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:80\n * Running on http://127.0.0.1:80\n\u001b[33mPress CTRL+C to quit\u001b[0m\n',
    );
  });
});

describe('node', () => {
  it('exits 0 without stdin', () => {
    expect(runProgram(node, ['node']).exitCode).toBe(0);
  });

  it('listens when the script starts a server', () => {
    const r = runProgram(node, ['node', 'server.js'], { files: { '/server.js': 'require("http").createServer(h).listen(3000);\n' } });
    expect([r.listens, r.exitCode]).toEqual([['3000/tcp'], undefined]);
  });
});
