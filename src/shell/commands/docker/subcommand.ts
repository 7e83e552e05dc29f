// One docker subcommand: its spec (usage, flags, arity: data, rendered by the shared help and
// parsed by the shared flag parser) and what it does with the parsed arguments.
import type { CommandSpec, ParsedArgs } from '../../cli/flagTypes';
import type { CommandContext } from '../../types';

export interface DockerSubcommand {
  spec: CommandSpec;
  /** The spec in the current profile when another program answers there (`docker build` is buildx's). */
  currentSpec?: CommandSpec;
  /**
   * Runs after flags and arity were checked. `typed` is the spec under the path the student
   * typed (`docker run` vs `docker container run`), for error hints. Returns the exit code.
   */
  run(cx: CommandContext, args: ParsedArgs, typed?: CommandSpec): number;
}
