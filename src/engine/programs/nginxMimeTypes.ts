// The Content-Type nginx picks by extension: the mime.types the nginx packages ship (and the
// official image includes), as of 1.13.12, plus the changes nginx made since, each with the
// release it first shipped in. `.js` stays application/javascript in every release: nginx
// declared the file frozen rather than move to text/javascript.

/** type → extensions, in mime.types order (a later line wins for a repeated extension, as in nginx). */
const BASE: [string, string][] = [
  ['text/html', 'html htm shtml'],
  ['text/css', 'css'],
  ['text/xml', 'xml'],
  ['image/gif', 'gif'],
  ['image/jpeg', 'jpeg jpg'],
  ['application/javascript', 'js'],
  ['application/atom+xml', 'atom'],
  ['application/rss+xml', 'rss'],
  ['text/mathml', 'mml'],
  ['text/plain', 'txt'],
  ['text/vnd.sun.j2me.app-descriptor', 'jad'],
  ['text/vnd.wap.wml', 'wml'],
  ['text/x-component', 'htc'],
  ['image/png', 'png'],
  ['image/svg+xml', 'svg svgz'],
  ['image/tiff', 'tif tiff'],
  ['image/vnd.wap.wbmp', 'wbmp'],
  ['image/webp', 'webp'],
  ['image/x-icon', 'ico'],
  ['image/x-jng', 'jng'],
  ['image/x-ms-bmp', 'bmp'],
  ['application/font-woff', 'woff'],
  ['application/java-archive', 'jar war ear'],
  ['application/json', 'json'],
  ['application/mac-binhex40', 'hqx'],
  ['application/msword', 'doc'],
  ['application/pdf', 'pdf'],
  ['application/postscript', 'ps eps ai'],
  ['application/rtf', 'rtf'],
  ['application/vnd.apple.mpegurl', 'm3u8'],
  ['application/vnd.google-earth.kml+xml', 'kml'],
  ['application/vnd.google-earth.kmz', 'kmz'],
  ['application/vnd.ms-excel', 'xls'],
  ['application/vnd.ms-fontobject', 'eot'],
  ['application/vnd.ms-powerpoint', 'ppt'],
  ['application/vnd.oasis.opendocument.graphics', 'odg'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.wap.wmlc', 'wmlc'],
  ['application/x-7z-compressed', '7z'],
  ['application/x-cocoa', 'cco'],
  ['application/x-java-archive-diff', 'jardiff'],
  ['application/x-java-jnlp-file', 'jnlp'],
  ['application/x-makeself', 'run'],
  ['application/x-perl', 'pl pm'],
  ['application/x-pilot', 'prc pdb'],
  ['application/x-rar-compressed', 'rar'],
  ['application/x-redhat-package-manager', 'rpm'],
  ['application/x-sea', 'sea'],
  ['application/x-shockwave-flash', 'swf'],
  ['application/x-stuffit', 'sit'],
  ['application/x-tcl', 'tcl tk'],
  ['application/x-x509-ca-cert', 'der pem crt'],
  ['application/x-xpinstall', 'xpi'],
  ['application/xhtml+xml', 'xhtml'],
  ['application/xspf+xml', 'xspf'],
  ['application/zip', 'zip'],
  ['application/octet-stream', 'bin exe dll'],
  ['application/octet-stream', 'deb'],
  ['application/octet-stream', 'dmg'],
  ['application/octet-stream', 'iso img'],
  ['application/octet-stream', 'msi msp msm'],
  ['audio/midi', 'mid midi kar'],
  ['audio/mpeg', 'mp3'],
  ['audio/ogg', 'ogg'],
  ['audio/x-m4a', 'm4a'],
  ['audio/x-realaudio', 'ra'],
  ['video/3gpp', '3gpp 3gp'],
  ['video/mp2t', 'ts'],
  ['video/mp4', 'mp4'],
  ['video/mpeg', 'mpeg mpg'],
  ['video/quicktime', 'mov'],
  ['video/webm', 'webm'],
  ['video/x-flv', 'flv'],
  ['video/x-m4v', 'm4v'],
  ['video/x-mng', 'mng'],
  ['video/x-ms-asf', 'asx asf'],
  ['video/x-ms-wmv', 'wmv'],
  ['video/x-msvideo', 'avi'],
];

/** Changes after 1.13.12: [first release, type, extensions]. */
const LATER: [string, string, string][] = [
  ['1.15.1', 'font/woff', 'woff'],
  ['1.15.1', 'font/woff2', 'woff2'],
  ['1.21.0', 'application/wasm', 'wasm'],
  ['1.21.4', 'image/avif', 'avif'],
];

function atLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

const tables = new Map<string, Map<string, string>>();

function tableFor(version: string): Map<string, string> {
  let table = tables.get(version);
  if (table) return table;
  table = new Map();
  for (const [type, exts] of BASE) for (const ext of exts.split(' ')) table.set(ext, type);
  for (const [since, type, exts] of LATER) if (atLeast(version, since)) for (const ext of exts.split(' ')) table.set(ext, type);
  tables.set(version, table);
  return table;
}

/** The type for a file name, or the image's default_type (application/octet-stream). Extensions match case-insensitively. */
export function nginxMimeType(version: string, path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot < 0) return 'application/octet-stream';
  return tableFor(version).get(base.slice(dot + 1).toLowerCase()) ?? 'application/octet-stream';
}
