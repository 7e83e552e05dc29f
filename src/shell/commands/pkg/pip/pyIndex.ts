// A tiny static PyPI: one release per project and era, the release a `pip install` picked then
// (classic: March 2018, the seed's build log; current: early 2025). Requirement strings are as the
// release's metadata spells them, because pip prints them verbatim in its `Collecting` lines.
import type { ProfileName } from '../../../../engine/world';

export interface PyDist {
  /** Project name as its metadata spells it (`pip list`). */
  name: string;
  version: string;
  /** The file pip downloads; `{cp}` stands for the interpreter tag (cp36, cp312). */
  file: string;
  /** Download size in bytes. */
  download: number;
  /** Size of the `.whl.metadata` file pip 23+ fetches first (PEP 658). */
  meta?: number;
  /** Bytes the release occupies in site-packages once installed. */
  installed: number;
  /** Requires-Python: pip 9+ skips a release whose range does not admit the interpreter. */
  requiresPython?: string;
  /** Requires-Dist, in metadata order, markers as the metadata spells them (evaluated per interpreter). */
  requires?: string[];
  /** Top-level import names written into site-packages. */
  modules: string[];
  /** Console scripts written into /usr/local/bin. */
  bins?: Record<string, string>;
  /** The wheel cache directory pip 9 printed after building this sdist (else derived). */
  wheelDir?: string;
  /** files.pythonhosted.org's blake2 path for the file, which pip 10 prints (else derived). */
  blob?: string;
}

const FLASK_CLI = { flask: 'flask.cli' };

const CLASSIC: PyDist[] = [
  { name: 'pip', version: '9.0.3', file: 'pip-9.0.3-py2.py3-none-any.whl', download: 1_400_000, installed: 5_800_000, modules: ['pip'], bins: { pip: 'pip', pip3: 'pip', 'pip3.6': 'pip' } },
  { name: 'setuptools', version: '39.0.1', file: 'setuptools-39.0.1-py2.py3-none-any.whl', download: 569_000, installed: 2_400_000, modules: ['setuptools', 'pkg_resources'] },
  { name: 'wheel', version: '0.30.0', file: 'wheel-0.30.0-py2.py3-none-any.whl', download: 49_000, installed: 160_000, modules: ['wheel'] },
  { name: 'Flask', version: '0.12.2', file: 'Flask-0.12.2-py2.py3-none-any.whl', blob: '77/32/e3597cb19ffffe724ad4bf0beca4153419918e7fa4ba6a34b04ee4da3371', download: 83_001, installed: 420_000, requires: ['Werkzeug>=0.7', 'Jinja2>=2.4', 'itsdangerous>=0.21', 'click>=2.0'], modules: ['flask'], bins: FLASK_CLI },
  { name: 'Werkzeug', version: '0.14.1', file: 'Werkzeug-0.14.1-py2.py3-none-any.whl', blob: '20/c4/12e3e56473e52375aa29c4764e70d1b8f3efa6682bef8d0aae04fe335243', download: 322_500, installed: 1_250_000, modules: ['werkzeug'] },
  { name: 'Jinja2', version: '2.10', file: 'Jinja2-2.10-py2.py3-none-any.whl', blob: '7f/ff/ae64bacdfc95f27a016a7bed8e8686763ba4d277a78ca76f32659220a731', download: 126_400, installed: 790_000, requires: ['MarkupSafe>=0.23'], modules: ['jinja2'] },
  { name: 'itsdangerous', version: '0.24', file: 'itsdangerous-0.24.tar.gz', blob: 'dc/b4/a60bcdba945c00f6d608d8975131ab3f25b22f2bcfe1dab221165194b2d4', download: 46_500, installed: 58_000, modules: ['itsdangerous'], wheelDir: '/root/.cache/pip/wheels/fc/a8/66/24d655233c75e178d45dea2de22a04c6d92766abfb741129a' },
  { name: 'click', version: '6.7', file: 'click-6.7-py2.py3-none-any.whl', blob: '34/c1/8806f99713ddb993c5366c362b2f908f18269f8d792aff1abfd700775a77', download: 71_100, installed: 410_000, modules: ['click'] },
  { name: 'MarkupSafe', version: '1.0', file: 'MarkupSafe-1.0.tar.gz', blob: '4d/de/32d741db316d8fdb7680822dd37001ef7a448255de9699ab4bfcbdf4172b', download: 14_356, installed: 52_000, modules: ['markupsafe'], wheelDir: '/root/.cache/pip/wheels/88/a7/30/e39a54a87bcbe25308fa3ca64e8ddc75d9b3e5afa21ee32d57' },
  { name: 'requests', version: '2.18.4', file: 'requests-2.18.4-py2.py3-none-any.whl', download: 88_700, installed: 330_000, requires: ['chardet<3.1.0,>=3.0.2', 'idna<2.7,>=2.5', 'urllib3<1.23,>=1.21.1', 'certifi>=2017.4.17'], modules: ['requests'] },
  { name: 'chardet', version: '3.0.4', file: 'chardet-3.0.4-py2.py3-none-any.whl', download: 133_400, installed: 880_000, modules: ['chardet'], bins: { chardetect: 'chardet.cli.chardetect' } },
  { name: 'idna', version: '2.6', file: 'idna-2.6-py2.py3-none-any.whl', download: 56_500, installed: 380_000, modules: ['idna'] },
  { name: 'urllib3', version: '1.22', file: 'urllib3-1.22-py2.py3-none-any.whl', download: 132_300, installed: 560_000, modules: ['urllib3'] },
  { name: 'certifi', version: '2018.1.18', file: 'certifi-2018.1.18-py2.py3-none-any.whl', download: 151_600, installed: 290_000, modules: ['certifi'] },
  { name: 'redis', version: '2.10.6', file: 'redis-2.10.6-py2.py3-none-any.whl', download: 64_900, installed: 290_000, modules: ['redis'] },
  { name: 'psycopg2', version: '2.7.4', file: 'psycopg2-2.7.4-{cp}-{cp}m-manylinux1_x86_64.whl', download: 2_700_000, installed: 6_600_000, modules: ['psycopg2'] },
  { name: 'psycopg2-binary', version: '2.7.4', file: 'psycopg2_binary-2.7.4-{cp}-{cp}m-manylinux1_x86_64.whl', download: 2_700_000, installed: 6_600_000, modules: ['psycopg2'] },
  { name: 'gunicorn', version: '19.7.1', file: 'gunicorn-19.7.1-py2.py3-none-any.whl', download: 111_100, installed: 480_000, modules: ['gunicorn'], bins: { gunicorn: 'gunicorn.app.wsgiapp', gunicorn_paster: 'gunicorn.app.pasterapp' } },
  { name: 'numpy', version: '1.14.2', file: 'numpy-1.14.2-{cp}-{cp}m-manylinux1_x86_64.whl', download: 12_200_000, installed: 63_500_000, modules: ['numpy'], bins: { f2py: 'numpy.f2py.f2py2e' } },
  { name: 'Django', version: '2.0.3', file: 'Django-2.0.3-py3-none-any.whl', download: 7_100_000, installed: 32_400_000, requires: ['pytz'], modules: ['django'], bins: { 'django-admin': 'django.core.management' } },
  { name: 'pytz', version: '2018.3', file: 'pytz-2018.3-py2.py3-none-any.whl', download: 509_000, installed: 2_300_000, modules: ['pytz'] },
  { name: 'pandas', version: '0.22.0', file: 'pandas-0.22.0-{cp}-{cp}m-manylinux1_x86_64.whl', download: 26_200_000, installed: 96_000_000, requires: ['python-dateutil>=2', 'pytz>=2011k', 'numpy>=1.9.0'], modules: ['pandas'] },
  { name: 'python-dateutil', version: '2.7.2', file: 'python_dateutil-2.7.2-py2.py3-none-any.whl', download: 212_300, installed: 700_000, requires: ['six>=1.5'], modules: ['dateutil'] },
  { name: 'six', version: '1.11.0', file: 'six-1.11.0-py2.py3-none-any.whl', download: 10_700, installed: 40_000, modules: ['six'] },
  { name: 'SQLAlchemy', version: '1.2.5', file: 'SQLAlchemy-1.2.5.tar.gz', download: 5_600_000, installed: 11_000_000, modules: ['sqlalchemy'] },
  { name: 'pymongo', version: '3.6.1', file: 'pymongo-3.6.1-{cp}-{cp}m-manylinux1_x86_64.whl', download: 399_600, installed: 2_700_000, modules: ['pymongo', 'bson', 'gridfs'] },
  { name: 'Pillow', version: '5.0.0', file: 'Pillow-5.0.0-{cp}-{cp}m-manylinux1_x86_64.whl', download: 5_900_000, installed: 18_000_000, modules: ['PIL'] },
  { name: 'pytest', version: '3.5.0', file: 'pytest-3.5.0-py2.py3-none-any.whl', download: 194_000, installed: 900_000, requires: ['py>=1.5.0', 'six>=1.10.0', 'setuptools', 'attrs>=17.4.0', 'more-itertools>=4.0.0', 'pluggy<0.7,>=0.5'], modules: ['pytest', '_pytest'], bins: { pytest: 'pytest', 'py.test': 'pytest' } },
  { name: 'py', version: '1.5.3', file: 'py-1.5.3-py2.py3-none-any.whl', download: 84_200, installed: 420_000, modules: ['py'] },
  { name: 'attrs', version: '17.4.0', file: 'attrs-17.4.0-py2.py3-none-any.whl', download: 31_700, installed: 120_000, modules: ['attr'] },
  { name: 'more-itertools', version: '4.1.0', file: 'more_itertools-4.1.0-py3-none-any.whl', download: 47_900, installed: 200_000, requires: ['six<2.0.0,>=1.0.0'], modules: ['more_itertools'] },
  { name: 'pluggy', version: '0.6.0', file: 'pluggy-0.6.0.tar.gz', download: 19_400, installed: 60_000, modules: ['pluggy'] },
];

const CURRENT: PyDist[] = [
  { name: 'pip', version: '25.3', file: 'pip-25.3-py3-none-any.whl', download: 1_800_000, meta: 4_700, installed: 9_700_000, modules: ['pip'], bins: { pip: 'pip._internal.cli.main', pip3: 'pip._internal.cli.main' } },
  { name: 'setuptools', version: '75.8.0', file: 'setuptools-75.8.0-py3-none-any.whl', download: 1_200_000, meta: 6_700, installed: 5_000_000, modules: ['setuptools', 'pkg_resources', '_distutils_hack'] },
  { name: 'wheel', version: '0.45.1', file: 'wheel-0.45.1-py3-none-any.whl', download: 72_500, meta: 2_300, installed: 230_000, modules: ['wheel'], bins: { wheel: 'wheel.cli' } },
  { name: 'Flask', version: '3.1.0', requiresPython: '>=3.9', file: 'flask-3.1.0-py3-none-any.whl', download: 102_900, meta: 2_700, installed: 290_000, requires: ['Werkzeug>=3.1', 'Jinja2>=3.1.2', 'itsdangerous>=2.2', 'click>=8.1.3', 'blinker>=1.9'], modules: ['flask'], bins: FLASK_CLI },
  { name: 'Werkzeug', version: '3.1.3', requiresPython: '>=3.9', file: 'werkzeug-3.1.3-py3-none-any.whl', download: 224_500, meta: 3_700, installed: 950_000, requires: ['MarkupSafe>=2.1.1'], modules: ['werkzeug'] },
  { name: 'Jinja2', version: '3.1.5', requiresPython: '>=3.7', file: 'jinja2-3.1.5-py3-none-any.whl', download: 134_600, meta: 2_600, installed: 830_000, requires: ['MarkupSafe>=2.0'], modules: ['jinja2'] },
  { name: 'itsdangerous', version: '2.2.0', requiresPython: '>=3.8', file: 'itsdangerous-2.2.0-py3-none-any.whl', download: 16_200, meta: 1_900, installed: 60_000, modules: ['itsdangerous'] },
  { name: 'click', version: '8.1.8', requiresPython: '>=3.7', file: 'click-8.1.8-py3-none-any.whl', download: 98_200, meta: 2_300, installed: 570_000, modules: ['click'] },
  { name: 'blinker', version: '1.9.0', requiresPython: '>=3.9', file: 'blinker-1.9.0-py3-none-any.whl', download: 8_500, meta: 1_600, installed: 40_000, modules: ['blinker'] },
  { name: 'MarkupSafe', version: '3.0.2', requiresPython: '>=3.9', file: 'MarkupSafe-3.0.2-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 23_900, meta: 4_000, installed: 60_000, modules: ['markupsafe'] },
  { name: 'requests', version: '2.32.3', file: 'requests-2.32.3-py3-none-any.whl', download: 64_900, meta: 4_600, installed: 300_000, requires: ['charset-normalizer<4,>=2', 'idna<4,>=2.5', 'urllib3<3,>=1.21.1', 'certifi>=2017.4.17'], modules: ['requests'] },
  { name: 'charset-normalizer', version: '3.4.1', file: 'charset_normalizer-3.4.1-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 145_000, meta: 35_000, installed: 640_000, modules: ['charset_normalizer'], bins: { normalizer: 'charset_normalizer.cli' } },
  { name: 'idna', version: '3.10', file: 'idna-3.10-py3-none-any.whl', download: 70_400, meta: 10_000, installed: 420_000, modules: ['idna'] },
  { name: 'urllib3', version: '2.3.0', file: 'urllib3-2.3.0-py3-none-any.whl', download: 128_400, meta: 6_500, installed: 630_000, modules: ['urllib3'] },
  { name: 'certifi', version: '2024.12.14', file: 'certifi-2024.12.14-py3-none-any.whl', download: 164_900, meta: 2_200, installed: 330_000, modules: ['certifi'] },
  { name: 'redis', version: '5.2.1', file: 'redis-5.2.1-py3-none-any.whl', download: 261_500, meta: 9_100, installed: 1_400_000, modules: ['redis'] },
  { name: 'psycopg2-binary', version: '2.9.10', file: 'psycopg2_binary-2.9.10-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 3_000_000, meta: 4_900, installed: 9_100_000, modules: ['psycopg2'] },
  { name: 'gunicorn', version: '23.0.0', file: 'gunicorn-23.0.0-py3-none-any.whl', download: 85_000, meta: 4_400, installed: 510_000, requires: ['packaging'], modules: ['gunicorn'], bins: { gunicorn: 'gunicorn.app.wsgiapp' } },
  { name: 'packaging', version: '24.2', file: 'packaging-24.2-py3-none-any.whl', download: 65_500, meta: 3_200, installed: 270_000, modules: ['packaging'] },
  { name: 'numpy', version: '2.2.1', file: 'numpy-2.2.1-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 16_100_000, meta: 62_000, installed: 58_900_000, modules: ['numpy', 'numpy.libs'], bins: { f2py: 'numpy.f2py.f2py2e', 'numpy-config': 'numpy._configtool' } },
  { name: 'Django', version: '5.1.4', file: 'django-5.1.4-py3-none-any.whl', download: 8_300_000, meta: 4_100, installed: 38_600_000, requires: ['asgiref<4,>=3.8.1', 'sqlparse>=0.3.1'], modules: ['django'], bins: { 'django-admin': 'django.core.management' } },
  { name: 'asgiref', version: '3.8.1', file: 'asgiref-3.8.1-py3-none-any.whl', download: 23_800, meta: 9_300, installed: 110_000, modules: ['asgiref'] },
  { name: 'pandas', version: '2.2.3', file: 'pandas-2.2.3-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 12_700_000, meta: 89_000, installed: 70_000_000, requires: ['numpy>=1.22.4; python_version < "3.11"', 'numpy>=1.23.2; python_version == "3.11"', 'numpy>=1.26.0; python_version >= "3.12"', 'python-dateutil>=2.8.2', 'pytz>=2020.1', 'tzdata>=2022.7'], modules: ['pandas'] },
  { name: 'python-dateutil', version: '2.9.0.post0', file: 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', download: 229_900, meta: 8_400, installed: 760_000, requires: ['six>=1.5'], modules: ['dateutil'] },
  { name: 'six', version: '1.17.0', file: 'six-1.17.0-py2.py3-none-any.whl', download: 11_000, meta: 1_700, installed: 45_000, modules: ['six'] },
  { name: 'pytz', version: '2024.2', file: 'pytz-2024.2-py2.py3-none-any.whl', download: 508_000, meta: 22_000, installed: 2_800_000, modules: ['pytz'] },
  { name: 'tzdata', version: '2024.2', file: 'tzdata-2024.2-py2.py3-none-any.whl', download: 346_600, meta: 1_400, installed: 1_900_000, modules: ['tzdata'] },
  { name: 'SQLAlchemy', version: '2.0.36', file: 'SQLAlchemy-2.0.36-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 3_200_000, meta: 9_700, installed: 15_000_000, requires: ['typing-extensions>=4.6.0', 'greenlet!=0.4.17; platform_machine == "aarch64" or (platform_machine == "ppc64le" or (platform_machine == "x86_64" or (platform_machine == "amd64" or (platform_machine == "AMD64" or (platform_machine == "win32" or platform_machine == "WIN32")))))'], modules: ['sqlalchemy'] },
  { name: 'typing_extensions', version: '4.12.2', requiresPython: '>=3.8', file: 'typing_extensions-4.12.2-py3-none-any.whl', download: 37_400, meta: 3_000, installed: 140_000, modules: ['typing_extensions'] },
  { name: 'greenlet', version: '3.1.1', file: 'greenlet-3.1.1-{cp}-{cp}-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl', download: 613_100, meta: 3_800, installed: 2_300_000, modules: ['greenlet'] },
  { name: 'pymongo', version: '4.10.1', file: 'pymongo-4.10.1-{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', download: 1_900_000, meta: 22_000, installed: 9_000_000, requires: ['dnspython<3.0.0,>=1.16.0'], modules: ['pymongo', 'bson', 'gridfs'] },
  { name: 'dnspython', version: '2.7.0', file: 'dnspython-2.7.0-py3-none-any.whl', download: 313_600, meta: 5_800, installed: 1_600_000, modules: ['dns'] },
  { name: 'pillow', version: '11.1.0', file: 'pillow-11.1.0-{cp}-{cp}-manylinux_2_28_x86_64.whl', download: 4_500_000, meta: 9_100, installed: 15_000_000, modules: ['PIL'] },
  { name: 'pytest', version: '8.3.4', file: 'pytest-8.3.4-py3-none-any.whl', download: 343_100, meta: 7_500, installed: 1_700_000, requires: ['iniconfig', 'packaging', 'pluggy<2,>=1.5'], modules: ['pytest', '_pytest'], bins: { pytest: 'pytest', 'py.test': 'pytest' } },
  { name: 'iniconfig', version: '2.0.0', file: 'iniconfig-2.0.0-py3-none-any.whl', download: 5_900, meta: 2_600, installed: 20_000, modules: ['iniconfig'] },
  { name: 'pluggy', version: '1.5.0', file: 'pluggy-1.5.0-py3-none-any.whl', download: 20_600, meta: 4_800, installed: 90_000, modules: ['pluggy'] },
  { name: 'uvicorn', version: '0.34.0', file: 'uvicorn-0.34.0-py3-none-any.whl', download: 62_300, meta: 6_500, installed: 280_000, requires: ['click>=7.0', 'h11>=0.8'], modules: ['uvicorn'], bins: { uvicorn: 'uvicorn.main' } },
  { name: 'h11', version: '0.14.0', file: 'h11-0.14.0-py3-none-any.whl', download: 58_300, meta: 8_200, installed: 260_000, modules: ['h11'] },
  { name: 'sqlparse', version: '0.5.3', file: 'sqlparse-0.5.3-py3-none-any.whl', download: 44_400, meta: 3_900, installed: 250_000, modules: ['sqlparse'], bins: { sqlformat: 'sqlparse.__main__' } },
];

/**
 * Today's index also holds the last releases that still admit Python 3.6 (the seed's
 * python:3.6.4-slim): pip 9 there gets Flask 2.0.3 and its 3.6-era dependencies, the
 * backports among them pulled in by `python_version` markers.
 */
const CURRENT_PY36: PyDist[] = [
  { name: 'Flask', version: '2.0.3', requiresPython: '>=3.6', file: 'Flask-2.0.3-py3-none-any.whl', download: 95_578, installed: 330_000, requires: ['Werkzeug>=2.0', 'Jinja2>=3.0', 'itsdangerous>=2.0', 'click>=7.1.2'], modules: ['flask'], bins: FLASK_CLI },
  { name: 'Werkzeug', version: '2.0.3', requiresPython: '>=3.6', file: 'Werkzeug-2.0.3-py3-none-any.whl', download: 289_234, installed: 1_050_000, requires: ['dataclasses; python_version < "3.7"'], modules: ['werkzeug'] },
  { name: 'Jinja2', version: '3.0.3', requiresPython: '>=3.6', file: 'Jinja2-3.0.3-py3-none-any.whl', download: 133_630, installed: 800_000, requires: ['MarkupSafe>=2.0'], modules: ['jinja2'] },
  { name: 'itsdangerous', version: '2.0.1', requiresPython: '>=3.6', file: 'itsdangerous-2.0.1-py3-none-any.whl', download: 18_451, installed: 64_000, modules: ['itsdangerous'] },
  { name: 'click', version: '8.0.4', requiresPython: '>=3.6', file: 'click-8.0.4-py3-none-any.whl', download: 97_486, installed: 560_000, requires: ['colorama; platform_system == "Windows"', 'importlib-metadata; python_version < "3.8"'], modules: ['click'] },
  { name: 'MarkupSafe', version: '2.0.1', requiresPython: '>=3.6', file: 'MarkupSafe-2.0.1-{cp}-{cp}m-manylinux_2_5_x86_64.manylinux1_x86_64.whl', download: 30_490, installed: 64_000, modules: ['markupsafe'] },
  { name: 'dataclasses', version: '0.8', requiresPython: '<3.7,>=3.6', file: 'dataclasses-0.8-py3-none-any.whl', download: 19_041, installed: 70_000, modules: ['dataclasses'] },
  { name: 'importlib-metadata', version: '4.8.3', requiresPython: '>=3.6', file: 'importlib_metadata-4.8.3-py3-none-any.whl', download: 17_978, installed: 80_000, requires: ['zipp>=0.5', 'typing-extensions>=3.6.4; python_version < "3.8"'], modules: ['importlib_metadata'] },
  { name: 'zipp', version: '3.6.0', requiresPython: '>=3.6', file: 'zipp-3.6.0-py3-none-any.whl', download: 5_313, installed: 24_000, modules: ['zipp'] },
  { name: 'typing_extensions', version: '4.1.1', requiresPython: '>=3.6', file: 'typing_extensions-4.1.1-py3-none-any.whl', download: 26_844, installed: 110_000, modules: ['typing_extensions'] },
];

/** PEP 503 normalisation: the key pip compares names by (`Flask` = `flask`, `psycopg2_binary` = `psycopg2-binary`). */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function releases(dists: PyDist[]): Map<string, PyDist[]> {
  const m = new Map<string, PyDist[]>();
  for (const d of dists) m.set(canonicalName(d.name), [...(m.get(canonicalName(d.name)) ?? []), d]);
  return m;
}

/** Each project's releases, newest first. */
const byEra: Record<ProfileName, Map<string, PyDist[]>> = {
  classic: releases(CLASSIC),
  current: releases([...CURRENT, ...CURRENT_PY36]),
};

function versionParts(v: string): number[] {
  return v.split('.').map((p) => parseInt(p, 10) || 0);
}

function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Whether `python` (3.6, 3.12) satisfies a specifier set such as `<3.7,>=3.6`. */
export function admitsPython(spec: string | undefined, python: string): boolean {
  if (!spec) return true;
  return spec.split(',').every((part) => {
    const m = /^\s*(==|!=|>=|<=|>|<|~=)\s*([\d.]+)\s*$/.exec(part);
    if (!m) return true;
    const c = compareVersions(python, m[2]);
    return { '==': c === 0, '!=': c !== 0, '>=': c >= 0, '<=': c <= 0, '>': c > 0, '<': c < 0, '~=': c >= 0 }[m[1]]!;
  });
}

/** The newest release (or the `version` asked for) whose Requires-Python admits `python`, when given. */
export function findDist(era: ProfileName, name: string, python?: string, version?: string): PyDist | undefined {
  const all = byEra[era].get(canonicalName(name)) ?? [];
  const fits = python === undefined ? all : all.filter((d) => admitsPython(d.requiresPython, python));
  return (version !== undefined ? fits.find((d) => d.version === version) : undefined) ?? fits[0];
}

/** The file name with the interpreter tag filled in. */
export function distFile(dist: PyDist, cp: string): string {
  return dist.file.replaceAll('{cp}', cp);
}

/** sdists pip 9 builds into wheels (`Building wheels for collected packages`). */
export function isSdist(dist: PyDist): boolean {
  return dist.file.endsWith('.tar.gz') || dist.file.endsWith('.zip');
}
