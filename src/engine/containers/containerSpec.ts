// What `docker create`/`docker run` asks the daemon for, after the CLI parsed its flags.
// Values are kept as the user typed them; the daemon validates and resolves them, throwing
// SimError with Docker's exact messages.
export interface ContainerSpec {
  /** Image reference as typed: 'ubuntu', 'tutum/hello-world', 'python:3.6.4-slim', an id prefix. */
  image: string;
  name?: string;
  /** Words after IMAGE; empty means the image's default Cmd. */
  cmd: string[];
  /** --entrypoint; '' clears the image's entrypoint; undefined keeps it. */
  entrypoint?: string;
  env: string[]; // 'K=V' or 'K' (taken from the client environment)
  hostname?: string;
  workingDir?: string;
  user?: string;
  tty: boolean;
  openStdin: boolean;
  /** -p values as typed: '80', '8080:80', '127.0.0.1:80:80/udp', '8000-8002:80-82'. */
  publish: string[];
  /** -P */
  publishAll: boolean;
  /** -v values as typed: 'data:/var/lib/x', '/host/path:/app:ro'. */
  volumes: string[];
  /** --network/--net; undefined means the default bridge. */
  network?: string;
  /** --restart as typed: 'no', 'always', 'on-failure:3', 'unless-stopped'. */
  restart?: string;
  autoRemove: boolean;
  /** --memory in bytes (the CLI parses '512m'). */
  memory?: number;
  /** --cpus × 1e9. */
  nanoCpus?: number;
  labels: Record<string, string>;
  /** --link values as typed: 'db', 'db:alias'. */
  links: string[];
  /** --expose values. */
  expose: string[];
  /** --network-alias values. */
  networkAliases: string[];
}
