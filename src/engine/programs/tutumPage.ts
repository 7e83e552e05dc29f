// The page tutum/hello-world's index.php renders: a greeting, the container's hostname and the
// legacy --link variables it finds in the environment. The whitespace is PHP's: a newline right
// after `?>` is swallowed, which is why `</h3>` and `</body>` end up on one line.
// Reconstructed from the published image's index.php; the template itself is not in our corpus.
import { TUTUM_INDEX_PHP } from '../hub/images/tutumIndexPhp';

/** The static HTML of the image's index.php, up to its first PHP block (the `<h1>` line). */
const HEAD = TUTUM_INDEX_PHP.slice(0, TUTUM_INDEX_PHP.indexOf('\t<h1><?php'));

const LINK_VAR = /^(.*)_PORT_([0-9]*)_(TCP|UDP)$/;

export interface TutumLink {
  name: string;
  port: string;
  proto: string;
  value: string;
}

/** Link variables in environment order, as `$_ENV` holds them (`DB_PORT_5432_TCP=tcp://…`). */
export function tutumLinks(env: Readonly<Record<string, string>>): TutumLink[] {
  const links: TutumLink[] = [];
  for (const [key, value] of Object.entries(env)) {
    const m = LINK_VAR.exec(key);
    if (m) links.push({ name: m[1], port: m[2], proto: m[3], value });
  }
  return links;
}

export function renderTutumPage(env: Readonly<Record<string, string>>): string {
  let html = `${HEAD}\t<h1>Hello ${env.NAME ? env.NAME : 'world'}!</h1>\n`;
  html += '\t';
  if (env.HOSTNAME) html += `<h3>My hostname is ${env.HOSTNAME}</h3>`;
  html += '\t';
  const links = tutumLinks(env);
  if (links.length > 0) {
    html += '\t\t<h3>Links found</h3>\n\t\t';
    for (const l of links) {
      html += `\t\t\t<b>${l.name}</b> listening in ${l.port}/${l.proto} available at ${l.value}<br />\n\t\t\t`;
    }
    html += '\t';
  }
  return `${html}</body>\n</html>\n`;
}
