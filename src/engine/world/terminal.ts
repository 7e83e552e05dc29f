// Terminal sessions: the stack of shells on each, and the foreground job.

/** One shell level on a terminal: the host login shell, or a shell/REPL inside a container. */
export interface Frame {
  kind: 'host' | 'container';
  /** The docker host this frame runs on, when not the terminal's own (`docker-machine ssh myvm1`); frames above inherit it. */
  host?: string;
  /** What reads the lines at this level: a POSIX-ish shell, or a REPL such as python or psql. */
  program: string; // 'bash' | 'sh' | 'python3' | 'psql' …
  containerId?: string;
  /** Host pid of the process this frame stands for (an exec'd shell, or the container's pid 1). */
  pid?: number;
  /** True when leaving this frame ends the container (it is the container's main process). */
  isMain?: boolean;
  user: string;
  cwd: string;
  env: Record<string, string>;
  lastExit: number;
  /** Free-form per-program state (python variables, psql connection …), plain data. */
  state?: unknown;
  /** Commands found on PATH since the shell started (bash's hash table, ash's tracked aliases); absent = none. */
  hashed?: Record<string, { path: string; hits: number }>;
}

/** A foreground command that has not finished yet (ping, logs -f, attached run …). */
export interface Job {
  kind: string; // registered job handler name
  /** The docker host the job's command talked to, when not the frame's (DOCKER_HOST). */
  host?: string;
  startedAt: number;
  data: unknown;
}

export interface Terminal {
  id: string;
  host: string;
  frames: Frame[]; // frames[0] is the host login shell
  history: string[];
  job: Job | null;
}
