// Just enough reading of a Flask app.py to serve it: `app.run(host=…, port=…)` and the
// `@app.route('/path')` views whose return value is a string we can work out — a literal, or the
// Docker tutorial's `html.format(name=os.getenv("NAME", "world"), hostname=socket.gethostname(), …)`.

export interface FlaskRoute {
  path: string;
  /** The view's body, unindented. */
  body: string;
}

export interface FlaskApp {
  host: string;
  port: number;
  routes: FlaskRoute[];
  usesRedis: boolean;
}

/** The app, or undefined when the file is not a Flask app that calls app.run(). */
export function parseFlaskApp(source: string): FlaskApp | undefined {
  if (!/^\s*(from\s+flask\s+import|import\s+flask)/m.test(source)) return undefined;
  const run = /\bapp\.run\(([^)]*)\)/.exec(source);
  if (!run) return undefined;
  const host = /host\s*=\s*['"]([^'"]*)['"]/.exec(run[1])?.[1] ?? '127.0.0.1';
  const port = Number(/port\s*=\s*(\d+)/.exec(run[1])?.[1] ?? 5000);
  const routes: FlaskRoute[] = [];
  const re = /@app\.route\(\s*['"]([^'"]+)['"][^)]*\)\s*\n(?:@.*\n)*def\s+\w+\([^)]*\)\s*:\s*\n((?:[ \t]+.*(?:\n|$)|[ \t]*\n)*)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) routes.push({ path: m[1], body: m[2] });
  return { host, port, routes, usesRedis: /\bredis\.incr\(/.test(source) };
}

/** Adjacent string literals with `\` continuations: `"a" \ "b"` → `ab`. */
function literals(expr: string): string | undefined {
  const parts = [...expr.matchAll(/(['"])((?:\\.|(?!\1).)*)\1/g)];
  if (parts.length === 0) return undefined;
  const rest = expr.replace(/(['"])((?:\\.|(?!\1).)*)\1/g, '').replace(/[\s\\()]/g, '');
  if (rest !== '') return undefined;
  return parts.map((p) => p[2].replace(/\\n/g, '\n').replace(/\\(['"\\])/g, '$1')).join('');
}

export interface ViewContext {
  env: Readonly<Record<string, string>>;
  hostname: string;
  /** Value of the tutorial's `visits` (a count, or the cannot-connect text). */
  visits: string;
}

function evalValue(expr: string, vars: Record<string, string>, ctx: ViewContext): string | undefined {
  const e = expr.trim();
  const lit = literals(e);
  if (lit !== undefined) return lit;
  const getenv = /^os\.(?:getenv|environ\.get)\(\s*['"](\w+)['"]\s*(?:,\s*['"]([^'"]*)['"])?\s*\)$/.exec(e);
  if (getenv) return ctx.env[getenv[1]] ?? getenv[2] ?? 'None';
  if (/^socket\.gethostname\(\)$/.test(e)) return ctx.hostname;
  if (/^\w+$/.test(e) && e in vars) return vars[e];
  const fmt = /^(\w+|(['"]).*\2)\.format\(([\s\S]*)\)$/.exec(e);
  if (fmt) {
    const template = evalValue(fmt[1], vars, ctx);
    if (template === undefined) return undefined;
    const kwargs: Record<string, string> = {};
    for (const m of fmt[3].matchAll(/(\w+)\s*=\s*((?:[^,()]|\([^()]*\))+)/g)) {
      const v = evalValue(m[2], vars, ctx);
      if (v !== undefined) kwargs[m[1]] = v;
    }
    return template.replace(/\{(\w+)\}/g, (all, k: string) => kwargs[k] ?? all);
  }
  return undefined;
}

/** The string a view returns, or undefined when it is beyond this reader. */
export function renderView(route: FlaskRoute, ctx: ViewContext): string | undefined {
  const vars: Record<string, string> = { visits: ctx.visits };
  const statements = route.body
    .split('\n')
    .reduce<string[]>((acc, line) => {
      const prev = acc[acc.length - 1];
      if (prev !== undefined && /\\\s*$/.test(prev)) acc[acc.length - 1] = `${prev}\n${line}`;
      else acc.push(line);
      return acc;
    }, [])
    .map((s) => s.trim());
  for (const s of statements) {
    const assign = /^(\w+)\s*=\s*([\s\S]+)$/.exec(s);
    if (assign && assign[1] !== 'visits') {
      const v = evalValue(assign[2], vars, ctx);
      if (v !== undefined) vars[assign[1]] = v;
    }
    const ret = /^return\s+([\s\S]+)$/.exec(s);
    if (ret) return evalValue(ret[1], vars, ctx);
  }
  return undefined;
}
