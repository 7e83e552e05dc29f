import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { httpd } from './httpd';
import { HTTPD_INDEX } from '../hub/images/httpd';

const files = { '/usr/local/apache2/htdocs/index.html': HTTPD_INDEX };

describe('httpd', () => {
  it('warns AH00558 twice, serves It works! and logs in common format (today)', () => {
    const r = runProgram(httpd, ['httpd', '-DFOREGROUND'], { profile: 'current', files });
    expect(r.stderr).toBe(
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 127.0.0.1. Set the 'ServerName' directive globally to suppress this message\n".repeat(2) +
        '[Thu Jan 15 10:00:00.000000 2026] [mpm_event:notice] [pid 1:tid 140241347233664] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations\n' +
        "[Thu Jan 15 10:00:00.000000 2026] [core:notice] [pid 1:tid 140241347233664] AH00094: Command line: 'httpd -D FOREGROUND'\n",
    );
    expect(r.listens).toEqual(['80/tcp']);
    const res = r.http({ method: 'GET', path: '/', remoteAddr: '172.17.0.1' });
    expect(res.body).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(res.headers).toEqual({
      Date: 'Thu, 15 Jan 2026 10:00:00 GMT',
      Server: 'Apache/2.4.65 (Unix)',
      'Last-Modified': 'Mon, 11 Jun 2007 18:53:14 GMT',
      ETag: '"2d-432a5e4a73a80"',
      'Accept-Ranges': 'bytes',
      'Content-Length': '45',
      'Content-Type': 'text/html',
    });
    expect(r.stdout).toBe('172.17.0.1 - - [15/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 45\n');
    r.stderr = '';
    r.signal('SIGWINCH');
    expect(r.stderr).toBe('[Thu Jan 15 10:00:00.000000 2026] [mpm_event:notice] [pid 1:tid 140241347233664] AH00492: caught SIGWINCH, shutting down gracefully\n');
    expect(r.exitCode).toBe(0);
  });

  it('names 2.4.33 and stops on SIGTERM (2018)', () => {
    const r = runProgram(httpd, ['httpd'], { profile: 'classic', files });
    expect(r.stderr).toContain('AH00489: Apache/2.4.33 (Unix) configured -- resuming normal operations\n');
    r.stderr = '';
    r.signal('SIGTERM');
    expect(r.stderr).toBe('[Sun May 20 10:00:00.000000 2018] [mpm_event:notice] [pid 1:tid 140241347233664] AH00491: caught SIGTERM, shutting down\n');
    expect(r.exitCode).toBe(0);
  });
});
