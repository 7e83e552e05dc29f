// Go's encoding/json output: json.Marshal (compact) and json.MarshalIndent as `docker inspect`
// prints it. Keys keep the object's own order (Go structs marshal in field order; build Go maps
// with sorted keys). Properties that are undefined or functions are left out.
export interface MarshalOptions {
  /** json.Marshal escapes <, > and & (true); docker's template `json` func turns that off. */
  escapeHTML?: boolean;
}

function quote(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) out += '\\u00' + c.toString(16).padStart(2, '0');
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

function encode(v: unknown, escapeHTML: boolean, indent: string, depth: number): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return quote(v, escapeHTML);
    case 'number':
      if (!Number.isFinite(v)) throw new Error(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
      return String(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    case 'function':
    case 'symbol':
      return 'null';
  }
  const nl = indent ? '\n' + indent.repeat(depth + 1) : '';
  const close = indent ? '\n' + indent.repeat(depth) : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + nl + v.map((e) => encode(e, escapeHTML, indent, depth + 1)).join(',' + nl) + close + ']';
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, e]) => e !== undefined && typeof e !== 'function');
  if (entries.length === 0) return '{}';
  const sep = indent ? ': ' : ':';
  return '{' + nl + entries.map(([k, e]) => quote(k, escapeHTML) + sep + encode(e, escapeHTML, indent, depth + 1)).join(',' + nl) + close + '}';
}

/** json.Marshal: compact JSON (HTML-escaping unless told otherwise). */
export function marshal(value: unknown, opts: MarshalOptions = {}): string {
  return encode(value, opts.escapeHTML ?? true, '', 0);
}

/** json.MarshalIndent(value, "", indent): docker inspect uses four spaces. */
export function marshalIndent(value: unknown, indent = '    ', opts: MarshalOptions = {}): string {
  return encode(value, opts.escapeHTML ?? true, indent, 0);
}
