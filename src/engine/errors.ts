// A failing operation throws a SimError carrying the daemon's exact message (without the
// "Error response from daemon: " prefix, which the CLI adds in its own format).
export type SimErrorKind =
  | 'notFound' // 404: No such container/image/network …
  | 'conflict' // 409: name in use, image in use, running container …
  | 'invalid' // 400: bad parameter
  | 'forbidden'
  | 'notRunning'
  | 'system'; // 500

export class SimError extends Error {
  readonly kind: SimErrorKind;
  /** Exit code a process start failure sets on the container (126/127/128), when it applies. */
  readonly exitStatus?: number;

  constructor(message: string, kind: SimErrorKind = 'system', exitStatus?: number) {
    super(message);
    this.name = 'SimError';
    this.kind = kind;
    this.exitStatus = exitStatus;
  }
}

export function isSimError(e: unknown): e is SimError {
  return e instanceof SimError;
}
