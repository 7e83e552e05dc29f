// python: the slim images (Debian slim + a source-built CPython) and the full image on buildpack-deps.
// Slim images have bash but no procps (`ps`).
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { BUILDPACK_DEPS } from '../bases/buildpackDeps';
import { DEBIAN_BASES } from '../bases/debian';
import { bins, defineImage, defineLayer, type StepSpec } from '../defineCatalog';
import { nop, run } from '../steps';

interface PythonSpec {
  era: ProfileName;
  version: string; // 3.6.4
  tags: string[];
  created: string;
  base: CatalogStep[];
  /** Runtime deps layer, python build layer, symlink layer, pip layer (classic only): [size, compressed]. */
  sizes: [number, number][];
  /** Release signing key; 3.14 is verified with sigstore instead and sets none. */
  gpgKey?: string;
  pipVersion?: string;
  /** Later images pin setuptools and get-pip.py too (ENV lines after PYTHON_PIP_VERSION). */
  pipEnv?: [string, string][];
  id?: string;
  runtimeDeps: string;
}

function pythonFiles(version: string): FileSet {
  const mm = version.split('.').slice(0, 2).join('.');
  const major = mm.split('.')[0];
  return {
    ...bins('/usr/local/bin', [`python${mm}`], 14_000, { [`python${mm}`]: 3_800_000 }),
    [`/usr/local/bin/python${major}`]: { link: `python${mm}` },
    [`/usr/local/bin/pydoc${major}`]: { link: `pydoc${mm}` },
    [`/usr/local/bin/idle${major}`]: { link: `idle${mm}` },
    [`/usr/local/bin/python${major}-config`]: { link: `python${mm}-config` },
    [`/usr/local/bin/pydoc${mm}`]: { script: `#!/usr/local/bin/python${mm}\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n` },
    [`/usr/local/bin/idle${mm}`]: { script: `#!/usr/local/bin/python${mm}\n\nfrom idlelib.pyshell import main\nif __name__ == '__main__':\n    main()\n` },
    [`/usr/local/bin/python${mm}-config`]: { script: '#!/bin/sh\n' },
    [`/usr/local/bin/pip${mm}`]: { script: pipScript() },
    [`/usr/local/bin/pip${major}`]: { script: pipScript() },
    [`/usr/local/lib/libpython${mm}.so.1.0`]: { bin: 3_400_000 },
    [`/usr/local/lib/python${mm}/os.py`]: '"""OS routines for NT or Posix depending on what system we\'re on."""\n',
    [`/usr/local/lib/python${mm}/site-packages/README.txt`]: 'This directory exists so that 3rd party packages can be installed\nhere.  Read the source for site.py for more details.\n',
  };
}

function pipScript(): string {
  return "#!/usr/local/bin/python\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n";
}

function python(spec: PythonSpec): CatalogImage {
  const { era, version } = spec;
  const seed = `python:${spec.tags[0]}@${spec.created}`;
  const layer = (n: number, files: FileSet = {}) =>
    defineLayer({ seed: `${seed}/${n}`, size: spec.sizes[n][0], compressed: spec.sizes[n][1], created: spec.created, files });
  const env = (k: string, v: string) => `ENV ${k}=${v}`;
  const python2 = version.startsWith('2.');
  // Python 2's `make install` puts python, pydoc and idle in place itself.
  const python2Files: FileSet = python2 ? { '/usr/local/bin/python': { link: 'python2' }, '/usr/local/bin/pip': { script: pipScript() } } : {};
  const steps: StepSpec[] = [
    nop(era, env('PATH', '/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')),
    nop(era, env('LANG', 'C.UTF-8')),
    run(era, `apt-get update && apt-get install -y --no-install-recommends \t\t${spec.runtimeDeps} \t&& rm -rf /var/lib/apt/lists/*`, layer(0)),
    ...(spec.gpgKey ? [nop(era, env('GPG_KEY', spec.gpgKey))] : []),
    nop(era, env('PYTHON_VERSION', version)),
    run(era, "set -ex \t&& buildDeps=' \t\tdpkg-dev \t\tgcc \t\tlibbz2-dev \t\tlibc6-dev \t\tlibexpat1-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tliblzma-dev \t\tlibncursesw5-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tmake \t\ttcl-dev \t\ttk-dev \t\twget \t\txz-utils \t\tzlib1g-dev \t' \t&& apt-get update && apt-get install -y $buildDeps --no-install-recommends && rm -rf /var/lib/apt/lists/* \t\t&& wget -O python.tar.xz \"https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz\" \t&& ./configure \t\t--build=\"$gnuArch\" \t\t--enable-loadable-sqlite-extensions \t\t--enable-shared \t\t--with-system-expat \t\t--with-system-ffi \t\t--without-ensurepip \t&& make -j \"$(nproc)\" \t&& make install \t&& ldconfig \t\t&& python${python2 ? '2' : '3'} --version", layer(1, { ...pythonFiles(version), ...python2Files })),
  ];
  if (!python2) {
    steps.push(run(era, 'cd /usr/local/bin \t&& ln -s idle3 idle \t&& ln -s pydoc3 pydoc \t&& ln -s python3 python \t&& ln -s python3-config python-config', layer(2, {
      '/usr/local/bin/python': { link: 'python3' },
      '/usr/local/bin/pydoc': { link: 'pydoc3' },
      '/usr/local/bin/idle': { link: 'idle3' },
      '/usr/local/bin/python-config': { link: 'python3-config' },
      '/usr/local/bin/pip': { script: pipScript() },
    })));
  }
  if (spec.pipVersion) {
    steps.push(nop(era, env('PYTHON_PIP_VERSION', spec.pipVersion)));
    for (const [k, v] of spec.pipEnv ?? []) steps.push(nop(era, env(k, v)));
    steps.push(run(era, "set -ex; \t\tapt-get update; \tapt-get install -y --no-install-recommends wget; \trm -rf /var/lib/apt/lists/*; \t\twget -O get-pip.py 'https://bootstrap.pypa.io/get-pip.py'; \t\tapt-get purge -y --auto-remove wget; \t\tpython get-pip.py \t\t--disable-pip-version-check \t\t--no-cache-dir \t\t\"pip==$PYTHON_PIP_VERSION\" \t; \tpip --version; \t\tfind /usr/local -depth \t\t\\( \t\t\t\\( -type d -a \\( -name test -o -name tests \\) \\) \t\t\t-o \t\t\t\\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' \\) \\) \t\t\\) -exec rm -rf '{}' +; \trm -f get-pip.py", layer(3)));
  }
  const cmd = python2 ? 'python2' : 'python3';
  steps.push(nop(era, `CMD ["${cmd}"]`));
  return defineImage({
    era,
    repo: 'python',
    tags: spec.tags,
    created: spec.created,
    id: spec.id,
    base: spec.base,
    steps,
    config: {
      cmd: [cmd],
      env: [
        'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LANG=C.UTF-8',
        ...(spec.gpgKey ? [`GPG_KEY=${spec.gpgKey}`] : []),
        `PYTHON_VERSION=${version}`,
        ...(spec.pipVersion ? [`PYTHON_PIP_VERSION=${spec.pipVersion}`] : []),
        ...(spec.pipEnv ?? []).map(([k, v]) => `${k}=${v}`),
      ],
    },
  });
}

// The seed's base: its last build (3.6.5 came out in March 2018) is what Docker Hub still serves,
// so today's catalog offers the very same image, ids, layers and 2018 history texts.
const PYTHON_364_SLIM = python({
  era: 'classic',
  version: '3.6.4',
  tags: ['3.6.4-slim', '3.6.4-slim-jessie'],
  created: '2018-05-04T10:26:36.315Z',
  id: '07ea617545cd',
  base: DEBIAN_BASES.jessieSlim,
  runtimeDeps: 'ca-certificates \t\tlibexpat1 \t\tlibffi6 \t\tlibgdbm3 \t\tlibreadline6 \t\tlibsqlite3-0 \t\tlibssl1.0.0 \t\tnetbase',
  sizes: [[7_390_000, 3_010_000], [45_240_000, 16_900_000], [32, 243], [6_139_968, 2_050_000]],
  gpgKey: '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
  // The last 3.6.4 build (March 2018) predates pip 10: the seed's build log is pip 9's.
  pipVersion: '9.0.3',
});

export const PYTHON: CatalogImage[] = [
  PYTHON_364_SLIM,
  { ...PYTHON_364_SLIM, era: 'current' },
  // Docker's 2018 get-started tutorial builds `FROM python:2.7-slim`.
  python({
    era: 'classic',
    version: '2.7.15',
    tags: ['2.7-slim', '2-slim', '2.7.15-slim', '2.7-slim-jessie'],
    created: '2018-05-04T10:21:57.847Z',
    base: DEBIAN_BASES.jessieSlim,
    runtimeDeps: 'ca-certificates \t\tlibexpat1 \t\tlibffi6 \t\tlibgdbm3 \t\tlibreadline6 \t\tlibsqlite3-0 \t\tlibssl1.0.0 \t\tnetbase',
    sizes: [[7_390_000, 3_010_000], [40_860_000, 15_370_000], [0, 0], [5_710_000, 1_920_000]],
    gpgKey: 'C01E1CAD5EA2C4F0B8E3571504C367C218ADD4FF',
    pipVersion: '10.0.1',
  }),
  // The final 2.7 build (April 2020's 2.7.18, on Debian bullseye slim by its last rebuild).
  python({
    era: 'current',
    version: '2.7.18',
    tags: ['2.7-slim', '2-slim', '2.7.18-slim', '2.7-slim-bullseye'],
    created: '2022-11-15T05:04:08.602Z',
    base: DEBIAN_BASES.bullseyeSlim,
    runtimeDeps: 'ca-certificates \t\tnetbase \t\ttzdata',
    sizes: [[3_210_000, 1_120_000], [41_010_000, 14_890_000], [0, 0], [7_720_000, 2_640_000]],
    gpgKey: 'C01E1CAD5EA2C4F0B8E3571504C367C218ADD4FF',
    pipVersion: '20.0.2',
    pipEnv: [['PYTHON_GET_PIP_URL', 'https://github.com/pypa/get-pip/raw/d59197a3c169cef378a22428a3fa99d33e080a5d/get-pip.py'], ['PYTHON_GET_PIP_SHA256', '421ac1d44c0cf9730a088e337867d974b91bdce4ea2636099275071878cc189e']],
  }),
  // python:3.6's final build: 3.6.15 (September 2021) on buildpack-deps:bullseye.
  python({
    era: 'current',
    version: '3.6.15',
    tags: ['3.6', '3.6.15', '3.6-bullseye', '3.6.15-bullseye'],
    created: '2021-12-21T12:43:56.815Z',
    base: BUILDPACK_DEPS.bullseye,
    runtimeDeps: 'libbluetooth-dev \t\ttk-dev \t\tuuid-dev',
    sizes: [[11_380_000, 3_020_000], [73_790_000, 22_140_000], [32, 233], [11_910_000, 2_760_000]],
    gpgKey: '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
    pipVersion: '21.2.4',
    pipEnv: [['PYTHON_SETUPTOOLS_VERSION', '57.5.0'], ['PYTHON_GET_PIP_URL', 'https://github.com/pypa/get-pip/raw/3cb8888cc2869620f57d5d2da64da38f516078c7/public/get-pip.py'], ['PYTHON_GET_PIP_SHA256', 'c518250e91a70d7b20cceb15272209a4ded2a0c263ae5776f129e0d9b5674309']],
  }),
  python({
    era: 'classic',
    version: '3.6.5',
    tags: ['latest', '3', '3.6', '3.6.5', 'jessie'],
    created: '2018-05-02T01:18:42.004Z',
    base: BUILDPACK_DEPS.jessie,
    runtimeDeps: 'tcl \t\ttk',
    sizes: [[16_630_000, 6_700_000], [71_370_000, 20_900_000], [32, 244], [6_139_968, 2_050_000]],
    gpgKey: '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
    pipVersion: '10.0.1',
  }),
  python({
    era: 'current',
    version: '3.12.12',
    tags: ['3.12-slim', '3.12.12-slim', '3.12-slim-trixie'],
    created: '2025-12-09T02:41:26.000Z',
    base: DEBIAN_BASES.trixieSlim,
    runtimeDeps: 'ca-certificates \t\tnetbase \t\ttzdata',
    sizes: [[3_920_000, 1_290_000], [36_790_000, 12_640_000], [36, 250]],
    gpgKey: '7169605F62C751356D054A26A821E680E5FA6305',
  }),
  python({
    era: 'current',
    version: '3.14.2',
    tags: ['latest', '3', '3.14', '3.14.2', 'trixie'],
    created: '2025-12-09T02:39:11.000Z',
    base: BUILDPACK_DEPS.trixie,
    runtimeDeps: 'libbluetooth-dev \t\ttk-dev \t\tuuid-dev',
    sizes: [[22_350_000, 6_480_000], [124_700_000, 27_390_000], [36, 250]],
  }),
];
