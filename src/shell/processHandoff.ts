// A command run as a container's own process that ends by handing the process to a long-running
// program (`npm start` → `sh -c "node server.js"`): it throws this, and the script runner tells
// the engine to start that argv in the same process, as it does for a script's final `exec`.
export class ProcessHandoff {
  constructor(readonly argv: string[]) {}
}
