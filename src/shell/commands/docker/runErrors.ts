// docker/cli's toStatusError: the exit code of a failed `docker run` comes from the error text.
export function runErrorExitCode(message: string): number {
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(message)) return 127;
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

