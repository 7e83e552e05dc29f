// A Node ServerResponse and Express's methods over it: headers kept in the order they were set,
// res.send's Content-Type/Content-Length/ETag (W/"<len>-<sha1>"), res.json, res.status,
// res.sendStatus, res.redirect, and Node's own Date/Connection/Keep-Alive with Content-Length
// or chunked transfer at the end.
import { httpDate } from '../programs/timeFormats';
import { JsUnsupported, type Loc } from './jsAst';
import { HostFunc, isObject, toNum, toStr, type JsObject, type Value } from './jsValues';
import { jsonStringify } from './nodeRuntime';
import { base64NoPad, sha1Bytes, utf8Length } from './sha1';

export interface ExpressFlavour {
  major: number;
  /** finalhandler's Content-Security-Policy on its pages (1.1 in Express 4.16: 'self'; 2.x: 'none'). */
  csp: string;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  418: "I'm a Teapot",
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const expressBody = {
  /** finalhandler's page for a request no route answered. */
  notFound(method: string, path: string): string {
    const msg = `Cannot ${method} ${path.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`;
    return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${msg}</pre>\n</body>\n</html>\n`;
  },
};

function etag(body: string): string {
  return `W/"${utf8Length(body).toString(16)}-${base64NoPad(sha1Bytes(body)).slice(0, 27)}"`;
}

export class ResponseState {
  status = 200;
  private headers: [string, string][] = [];
  private body = '';
  /** Content-Length Node computes at end() (no header set, nothing written before). */
  private chunked = false;
  private headSent = false;
  finished = false;

  constructor(
    private readonly nodeMajor: number,
    private readonly now: number,
  ) {}

  getHeader(name: string): string | undefined {
    return this.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  }

  setHeader(name: string, value: string): void {
    const i = this.headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (i >= 0) this.headers[i] = [this.headers[i][0], value];
    else this.headers.push([name, value]);
  }

  replaceHeaders(list: [string, string][]): void {
    this.headers = [...list];
  }

  /** res.send: the body with Express's headers (ETag unless it is a finalhandler page). */
  send(status: number, body: string, contentType: string | undefined, withEtag = true): void {
    this.status = status;
    if (contentType !== undefined && this.getHeader('Content-Type') === undefined) this.setHeader('Content-Type', contentType);
    this.setHeader('Content-Length', String(utf8Length(body)));
    if (withEtag && this.getHeader('ETag') === undefined) this.setHeader('ETag', etag(body));
    this.body = status === 204 || status === 304 ? '' : body;
    this.finished = true;
  }

  end(data: string): void {
    if (!this.headSent && this.getHeader('Content-Length') === undefined && this.getHeader('Transfer-Encoding') === undefined) {
      if (this.chunked) this.setHeader('Transfer-Encoding', 'chunked');
    }
    this.body += data;
    this.finished = true;
  }

  finish(head: boolean): { status: number; headers: Record<string, string>; body: string } {
    const out: Record<string, string> = {};
    for (const [k, v] of this.headers) if (k !== 'Transfer-Encoding') out[k] = v;
    out.Date = httpDate(this.now);
    out.Connection = 'keep-alive';
    if (this.nodeMajor >= 12) out['Keep-Alive'] = 'timeout=5';
    if (this.getHeader('Transfer-Encoding') !== undefined) out['Transfer-Encoding'] = 'chunked';
    else if (this.getHeader('Content-Length') === undefined) out['Content-Length'] = String(utf8Length(this.body));
    return { status: this.status, headers: out, body: head ? '' : this.body };
  }

  private charsetType(type: string): string {
    return /charset/i.test(type) || !/^(text\/|application\/json)/.test(type) ? type : `${type}; charset=utf-8`;
  }

  expressObject(): JsObject {
    const res: JsObject = {};
    const fn = (name: string, call: (args: Value[], loc: Loc) => Value) => (res[name] = new HostFunc(name, call));
    const sendValue = (v: Value, loc: Loc): void => {
      if (typeof v === 'string') this.send(this.status, v, 'text/html; charset=utf-8');
      else if (v === undefined) this.end('');
      else if (typeof v === 'number') throw new JsUnsupported('res.send() with a number', loc.line);
      else this.sendJson(v);
    };
    fn('status', (a) => {
      this.status = toNum(a[0]);
      return res;
    });
    fn('send', (a, loc) => {
      sendValue(a[0], loc);
      return res;
    });
    fn('json', (a) => {
      this.sendJson(a[0]);
      return res;
    });
    fn('sendStatus', (a) => {
      const code = toNum(a[0]);
      this.send(code, STATUS_TEXT[code] ?? String(code), 'text/plain; charset=utf-8');
      return res;
    });
    fn('set', (a) => {
      if (isObject(a[0])) for (const [k, v] of Object.entries(a[0])) this.setHeader(k, k.toLowerCase() === 'content-type' ? this.charsetType(toStr(v)) : toStr(v));
      else this.setHeader(toStr(a[0]), toStr(a[0]).toLowerCase() === 'content-type' ? this.charsetType(toStr(a[1])) : toStr(a[1]));
      return res;
    });
    res.header = res.set;
    fn('end', (a) => {
      this.end(a[0] === undefined ? '' : toStr(a[0]));
      return res;
    });
    fn('redirect', (a) => {
      const status = a.length > 1 ? toNum(a[0]) : 302;
      const url = toStr(a.length > 1 ? a[1] : a[0]);
      this.status = status;
      this.setHeader('Location', encodeURI(url));
      this.setHeader('Vary', 'Accept');
      this.setHeader('Content-Type', 'text/plain; charset=utf-8');
      const body = `${STATUS_TEXT[status] ?? status}. Redirecting to ${url}`;
      this.setHeader('Content-Length', String(utf8Length(body)));
      this.body = body;
      this.finished = true;
      return undefined;
    });
    return res;
  }

  private sendJson(v: Value): void {
    const body = jsonStringify(v) ?? '';
    this.send(this.status, body, 'application/json; charset=utf-8');
  }

  /** http.createServer's res: writeHead/setHeader/write/end and statusCode. */
  httpObject(): JsObject {
    const res: JsObject = { statusCode: 200 };
    const fn = (name: string, call: (args: Value[]) => Value) => (res[name] = new HostFunc(name, call));
    fn('setHeader', (a) => {
      this.setHeader(toStr(a[0]), toStr(a[1]));
      return undefined;
    });
    fn('writeHead', (a) => {
      this.status = toNum(a[0]);
      const h = a.find((x, i) => i > 0 && isObject(x));
      if (h && isObject(h)) for (const [k, v] of Object.entries(h)) this.setHeader(k, toStr(v));
      // The header is stored now: a body sent later has no length yet, so it goes chunked.
      this.chunked = this.getHeader('Content-Length') === undefined;
      this.headSent = false;
      res.statusCode = this.status;
      return res;
    });
    fn('write', (a) => {
      if (this.getHeader('Content-Length') === undefined) this.chunked = true;
      this.body += toStr(a[0]);
      return true;
    });
    fn('end', (a) => {
      if (res.statusCode !== this.status && !this.chunked) this.status = toNum(res.statusCode);
      this.end(a[0] === undefined ? '' : toStr(a[0]));
      return undefined;
    });
    return res;
  }
}
