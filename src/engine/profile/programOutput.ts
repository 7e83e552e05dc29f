// What the programs inside the era's images print: versions, banners and log flavours of the
// images a student pulled in May 2018 (hello-world, nginx 1.13, postgres 10.4, redis 4.0,
// mongo 3.6, Flask 0.12 on python:3.6) and of today's (nginx 1.29, postgres 18, redis 8, mongo 8).
import type { ProfileName } from '../world';

export interface ProgramOutput {
  hello: { dockerIdUrl: string; examplesUrl: string };
  nginx: {
    version: string;
    /** /docker-entrypoint.sh lines (nginx ≥ 1.19); empty when the image runs nginx directly. */
    entrypoint: boolean;
    /** Notice-level error log to stderr (start-up, signals); the 1.13 image logged at warn only. */
    notices: boolean;
    /** `built by …` notice line. */
    builtBy: string;
    /** mtime of the packaged index.html (Last-Modified, ETag). */
    pageMtime: number;
    /** `<body>` tag of nginx's built-in error pages (bgcolor dropped in 1.17.?). */
    errorBodyTag: string;
  };
  postgres: {
    version: string;
    /** `starting PostgreSQL …` line (since 12); empty before. */
    startingLine: string;
    pgdata: string;
    checksums: boolean;
    /** initdb quotes GUC names since 17: `selecting default "max_connections"`. */
    quotedGucs: boolean;
    /** Current images refuse to initialise without a password. */
    requirePassword: boolean;
  };
  redis: { version: string; yearInTime: boolean; modern: boolean };
  mongo: { json: boolean; version: string };
  flask: { modern: boolean };
  python: { absolutePathInErrors: boolean };
}

export const programOutputs: Record<ProfileName, ProgramOutput> = {
  current: {
    hello: { dockerIdUrl: 'https://hub.docker.com/', examplesUrl: 'https://docs.docker.com/get-started/' },
    nginx: {
      version: '1.29.3',
      entrypoint: true,
      notices: true,
      builtBy: 'built by gcc 14.2.0 (Debian 14.2.0-19)',
      pageMtime: Date.UTC(2025, 9, 28, 12, 5, 10),
      errorBodyTag: '<body>',
    },
    postgres: {
      version: '18.1',
      startingLine:
        'starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit',
      pgdata: '/var/lib/postgresql/18/docker',
      checksums: true,
      quotedGucs: true,
      requirePassword: true,
    },
    redis: { version: '8.4.0', yearInTime: true, modern: true },
    mongo: { json: true, version: '8.2.1' },
    flask: { modern: true },
    python: { absolutePathInErrors: true },
  },
  classic: {
    hello: { dockerIdUrl: 'https://hub.docker.com/', examplesUrl: 'https://docs.docker.com/engine/userguide/' },
    nginx: {
      version: '1.13.12',
      entrypoint: false,
      notices: false,
      builtBy: 'built by gcc 6.3.0 20170516 (Debian 6.3.0-18+deb9u1)',
      pageMtime: Date.UTC(2018, 3, 9, 16, 1, 9),
      errorBodyTag: '<body bgcolor="white">',
    },
    postgres: {
      version: '10.4',
      startingLine: '',
      pgdata: '/var/lib/postgresql/data',
      checksums: false,
      quotedGucs: false,
      requirePassword: false,
    },
    redis: { version: '4.0.9', yearInTime: false, modern: false },
    mongo: { json: false, version: '3.6.5' },
    flask: { modern: false },
    python: { absolutePathInErrors: false },
  },
};
