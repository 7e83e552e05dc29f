// Frame programs by name: what reads the lines typed at a level of the frame stack. The shell
// core provides bash and sh; REPLs (python3, psql …) register themselves here.
import type { Command, FrameProgram } from '../types';
import { setProgramFallback } from '../commands/registry';
import { shellProgram } from './shellProgram';
import { confirmProgram } from '../commands/dockerMachine/machineRm';
import { psqlProgram } from '../commands/psql/psqlProgram';
import { aptPromptProgram } from '../commands/pkg/apt/aptPrompt';
import { dockerConfirmProgram } from '../commands/docker/prompt';
import { pythonReplProgram } from '../commands/repl/pythonRepl';
import { nodeReplProgram } from '../commands/repl/nodeRepl';

const programs: Record<string, FrameProgram> = {};

export function registerFrameProgram(program: FrameProgram, ...aliases: string[]): void {
  for (const name of [program.name, ...aliases]) programs[name] = program;
}

/** The program for a frame; unknown names fall back to the POSIX shell. */
export function frameProgram(name: string): FrameProgram {
  return (Object.hasOwn(programs, name) ? programs[name] : undefined) ?? shellProgram('sh');
}

export function hasFrameProgram(name: string): boolean {
  return Object.hasOwn(programs, name);
}

registerFrameProgram(shellProgram('bash'));
registerFrameProgram(shellProgram('sh'), 'ash', 'dash');
registerFrameProgram(confirmProgram);
registerFrameProgram(psqlProgram);
registerFrameProgram(aptPromptProgram);
registerFrameProgram(dockerConfirmProgram);
registerFrameProgram(pythonReplProgram, 'python');
registerFrameProgram(nodeReplProgram);

// Typing `python3` in a container shell opens its REPL frame when one is registered.
setProgramFallback((name): Command | undefined => {
  const p = Object.hasOwn(programs, name) ? programs[name] : undefined;
  if (!p || p.name === 'sh' || p.name === 'bash') return undefined;
  return {
    name,
    summary: '',
    run(cx) {
      cx.pushFrame({ ...cx.frame, program: p.name, env: { ...cx.frame.env }, pid: undefined, isMain: false, lastExit: 0, state: undefined });
      return 0;
    },
  };
});
