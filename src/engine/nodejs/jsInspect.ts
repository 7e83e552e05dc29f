// console.log's formatting (util.inspect for what is not a string) in its one-line form: objects
// `{ a: 1, b: 'x' }`, arrays `[ 1, 2 ]`, strings quoted inside them, functions by name (Node 10
// wrote `[Function]` for an anonymous one, today `[Function (anonymous)]`).
import { HostFunc, isObject, JsError, JsFunc, type Value } from './jsValues';

function quote(s: string): string {
  if (!s.includes("'")) return `'${s.replaceAll('\n', '\\n')}'`;
  if (!s.includes('"')) return `"${s}"`;
  return `\`${s}\``;
}

function key(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);
}

export function inspect(v: Value, nodeMajor: number, nested = false): string {
  if (typeof v === 'string') return nested ? quote(v) : v;
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof JsFunc || v instanceof HostFunc) {
    if (v.name) return `[Function: ${v.name}]`;
    return nodeMajor >= 16 ? '[Function (anonymous)]' : '[Function]';
  }
  if (v instanceof JsError) return `${v.name}: ${v.message}`;
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[ ${v.map((x) => inspect(x, nodeMajor, true)).join(', ')} ]`;
  if (isObject(v)) {
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${key(k)}: ${inspect(x, nodeMajor, true)}`).join(', ')} }`;
  }
  return String(v);
}

/** console.log(a, b, …): each argument inspected, joined by spaces (no format specifiers). */
export function formatLog(args: Value[], nodeMajor: number): string {
  return `${args.map((a) => inspect(a, nodeMajor)).join(' ')}\n`;
}
