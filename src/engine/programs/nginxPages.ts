// nginx's built-in error pages and the helpers its responses share. The packaged index.html
// is the image's file (hub/images/nginxPage.ts), served from there even when it is missing.

const STATUS_TEXT: Record<number, string> = { 301: 'Moved Permanently', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error' };

export function statusText(status: number): string {
  return status === 200 ? 'OK' : (STATUS_TEXT[status] ?? '');
}

/** nginx's built-in error page, e.g. `404 Not Found`. */
export function nginxErrorPage(status: number, version: string, bodyTag: string): string {
  const title = `${status} ${statusText(status)}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n${bodyTag}\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

/** Bytes of a string in UTF-8 (Content-Length and the access log count bytes, not characters). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

const MIME: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

export function mimeType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}
