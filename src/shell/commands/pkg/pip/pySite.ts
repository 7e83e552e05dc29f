// The Python installation pip works on inside a container: which interpreter (from the
// /usr/local/lib/pythonX.Y directory the official images have), its site-packages, the pip
// version, and what is installed (the image's bundled pip/setuptools/wheel plus every
// *.dist-info / *.egg-info found in site-packages).
import type { Vfs } from '../../../../engine/fs/vfs';
import type { ProfileName } from '../../../../engine/world';
import { canonicalName, type PyDist } from './pyIndex';
import type { PkgFile } from '../pkgFiles';

export interface PyEnv {
  era: ProfileName;
  /** 3.6, 3.12 */
  mm: string;
  /** cp36, cp312 */
  cp: string;
  site: string;
  pipVersion: string;
  /** 9 and 10 print the old texts; 20+ the resolver-era ones. */
  pipMajor: number;
  /** Where console scripts go: /usr/local/bin, or ~/.local/bin for a user installation. */
  binDir: string;
  /** The system site-packages when `site` is a user's ~/.local one. */
  systemSite?: string;
}

export interface InstalledDist {
  name: string;
  version: string;
  /** Its metadata directory in site-packages, when the image did not bring it. */
  metaDir?: string;
}

/** A non-root user cannot write the system site-packages: pip 20+ installs into ~/.local instead. */
export function userInstallEnv(py: PyEnv, home: string): PyEnv {
  return { ...py, site: `${home}/.local/lib/python${py.mm}/site-packages`, binDir: `${home}/.local/bin`, systemSite: py.site };
}

/** ensurepip's bundled pip per interpreter (the 3.12+ images install no separate pip). */
const BUNDLED_PIP: Record<string, string> = { '3.12': '25.0.1', '3.13': '25.0.1', '3.14': '25.3' };

function tryReaddir(vfs: Vfs, path: string): string[] {
  try {
    return vfs.readdir(path);
  } catch {
    return [];
  }
}

function tryRead(vfs: Vfs, path: string): string | undefined {
  try {
    return vfs.readFile(path);
  } catch {
    return undefined;
  }
}

export function findPyEnv(vfs: Vfs, env: Record<string, string>, era: ProfileName): PyEnv | undefined {
  const mm = tryReaddir(vfs, '/usr/local/lib').map((e) => /^python(\d+\.\d+)$/.exec(e)?.[1]).filter((v): v is string => !!v).pop();
  if (!mm) return undefined;
  const site = `/usr/local/lib/python${mm}/site-packages`;
  const own = scanSite(vfs, site).find((d) => d.name === 'pip');
  const pipVersion = own?.version ?? env.PYTHON_PIP_VERSION ?? BUNDLED_PIP[mm] ?? '9.0.3';
  return { era, mm, cp: `cp${mm.replace('.', '')}`, site, pipVersion, pipMajor: Number(pipVersion.split('.')[0]), binDir: '/usr/local/bin' };
}

/** What the image installed before any `pip install`. */
function bundled(py: PyEnv): InstalledDist[] {
  const pip = { name: 'pip', version: py.pipVersion };
  if (py.pipMajor >= 20) return [pip];
  return [pip, { name: 'setuptools', version: py.pipMajor >= 10 ? '39.1.0' : '39.0.1' }, { name: 'wheel', version: py.pipMajor >= 10 ? '0.31.0' : '0.30.0' }];
}

function scanSite(vfs: Vfs, site: string): InstalledDist[] {
  const out: InstalledDist[] = [];
  for (const e of tryReaddir(vfs, site)) {
    const meta = e.endsWith('.dist-info') ? 'METADATA' : e.endsWith('.egg-info') ? 'PKG-INFO' : undefined;
    const text = meta ? tryRead(vfs, `${site}/${e}/${meta}`) : undefined;
    if (!text) continue;
    const name = /^Name: (.+)$/m.exec(text)?.[1];
    const version = /^Version: (.+)$/m.exec(text)?.[1];
    if (name && version) out.push({ name, version, metaDir: `${site}/${e}` });
  }
  return out;
}

/** Installed distributions by canonical name. */
export function installedDists(vfs: Vfs, py: PyEnv): Map<string, InstalledDist> {
  const map = new Map<string, InstalledDist>();
  for (const d of [...bundled(py), ...(py.systemSite ? scanSite(vfs, py.systemSite) : []), ...scanSite(vfs, py.site)]) map.set(canonicalName(d.name), d);
  return map;
}

/** The metadata directory a wheel install creates (`Flask-0.12.2.dist-info`), or setup.py install's egg-info. */
export function metaDirName(dist: PyDist, file: string, py: PyEnv, egg: boolean): string {
  const stem = file.split('-')[0];
  return egg ? `${stem}-${dist.version}-py${py.mm}.egg-info` : `${stem}-${dist.version}.dist-info`;
}

function consoleScript(module: string): string {
  return `#!/usr/local/bin/python\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${module} import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`;
}

/** The files one installed release leaves behind: its modules, metadata and console scripts. */
export function distFiles(dist: PyDist, file: string, py: PyEnv, egg: boolean): PkgFile[] {
  const files: PkgFile[] = [];
  const metaDir = `${py.site}/${metaDirName(dist, file, py, egg)}`;
  const [main, ...more] = dist.modules;
  const moduleBytes = Math.max(1, dist.installed - 4096);
  files.push({ path: `${py.site}/${main}/__init__.py`, text: `# ${dist.name} ${dist.version}\n__version__ = '${dist.version}'\n` });
  files.push({ path: `${py.site}/${main}/__pycache__/__init__.cpython-${py.cp.slice(2)}.pyc`, size: moduleBytes, mode: 0o644 });
  for (const m of more) files.push({ path: `${py.site}/${m}/__init__.py`, text: '' });
  const metadata = `Metadata-Version: ${egg ? '1.1' : '2.1'}\nName: ${dist.name}\nVersion: ${dist.version}\n`;
  if (egg) {
    files.push({ path: `${metaDir}/PKG-INFO`, text: metadata });
    files.push({ path: `${metaDir}/top_level.txt`, text: dist.modules.join('\n') + '\n' });
  } else {
    files.push({ path: `${metaDir}/METADATA`, text: metadata + (dist.requires ?? []).map((r) => `Requires-Dist: ${r}\n`).join('') });
    files.push({ path: `${metaDir}/INSTALLER`, text: 'pip\n' });
    files.push({ path: `${metaDir}/WHEEL`, text: `Wheel-Version: 1.0\nGenerator: bdist_wheel\nRoot-Is-Purelib: ${file.includes('none-any') ? 'true' : 'false'}\n` });
    files.push({ path: `${metaDir}/top_level.txt`, text: dist.modules.join('\n') + '\n' });
    files.push({ path: `${metaDir}/RECORD`, text: `${main}/__init__.py,,\n${metaDirName(dist, file, py, egg)}/METADATA,,\n` });
  }
  for (const [bin, module] of Object.entries(dist.bins ?? {})) {
    files.push({ path: `${py.binDir}/${bin}`, text: consoleScript(module), mode: 0o755 });
  }
  return files;
}

/** What an uninstall removes: the metadata directory and the modules its top_level.txt names. */
export function installedPaths(vfs: Vfs, py: PyEnv, d: InstalledDist): string[] {
  if (!d.metaDir) return [];
  const top = (tryRead(vfs, `${d.metaDir}/top_level.txt`) ?? '').split('\n').filter(Boolean);
  return [d.metaDir, ...top.map((m) => `${py.site}/${m}`)];
}
