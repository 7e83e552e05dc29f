// The pages CPython's http.server writes: the directory listing and the error page, in the HTML of
// 3.6 (HTML 4.01 doctype, http-equiv charset) and of 3.7+ (`<!DOCTYPE HTML>`, `<html lang="en">`,
// `<meta charset>`), and the MIME types mimetypes guesses for the files students serve.
export interface ListedEntry {
  name: string;
  dir: boolean;
  link: boolean;
  mtime: number;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** urllib.parse.quote(s): letters, digits, `_.-~` and `/` stay; every other UTF-8 byte becomes %XX. */
export function quoteUrl(s: string): string {
  // encodeURIComponent leaves !'()* alone where quote() escapes them, and escapes the slash.
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/');
}

function unquote(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function head(minor: number, title: string): string[] {
  if (minor < 7) {
    return ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">', '<html>\n<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', `<title>${title}</title>\n</head>`];
  }
  return ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${title}</title>\n</head>`];
}

/** list_directory(): entries sorted case-insensitively, `/` after directories, `@` after links. */
export function directoryListing(minor: number, requestPath: string, entries: readonly ListedEntry[]): string {
  const title = `Directory listing for ${escapeHtml(unquote(requestPath))}`;
  const r = head(minor, title);
  r.push(`<body>\n<h1>${title}</h1>`, '<hr>\n<ul>');
  const sorted = [...entries].sort((a, b) => {
    const x = a.name.toLowerCase();
    const y = b.name.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const e of sorted) {
    const link = e.dir ? `${e.name}/` : e.name;
    const shown = e.link ? `${e.name}@` : link;
    r.push(`<li><a href="${quoteUrl(link)}">${escapeHtml(shown)}</a></li>`);
  }
  r.push('</ul>\n<hr>\n</body>\n</html>\n');
  return r.join('\n');
}

/** DEFAULT_ERROR_MESSAGE filled in by send_error(). */
export function errorPage(minor: number, code: number, message: string, explain: string): string {
  const top = minor < 7 ? '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n        "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n    <head>\n        <meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n' : '<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n';
  return `${top}        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: ${code}</p>\n        <p>Message: ${escapeHtml(message)}.</p>\n        <p>Error code explanation: ${code} - ${explain}.</p>\n    </body>\n</html>\n`;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  css: 'text/css',
  json: 'application/json',
  py: 'text/x-python',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  md: 'text/markdown',
  csv: 'text/csv',
  xml: 'text/xml',
  sh: 'application/x-sh',
};

/** guess_type(): application/octet-stream when mimetypes does not know the extension; .js changed name in 3.12. */
export function guessType(path: string, minor: number): string {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'js' || ext === 'mjs') return minor >= 12 ? 'text/javascript' : 'application/javascript';
  if (ext === 'md' && minor < 12) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}
