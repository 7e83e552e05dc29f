// The Node.js REPL a terminal enters with `docker run -it node`: the welcome lines Node prints
// since 12 (10 printed none), the `> ` prompt, `.exit` (or Ctrl-D, which the terminal sends as
// `exit`) to leave. The Node model runs modules, not REPL input: each line gets the honest
// pathshala line instead of a guess at what Node would print.
import { containerProcessExited, endExecProcess } from '../../../engine/containers/processExit';
import { nodeVersion } from '../../../engine/nodejs/nodeErrors';
import { registerFrameEntry } from '../../frames/frameEntry';
import type { CommandContext, FrameProgram } from '../../types';

function leave(cx: CommandContext): number {
  const frames = cx.terminal.frames;
  const frame = frames[frames.length - 1];
  if (frames.length <= 1) return 0;
  frames.pop();
  if (frame.kind === 'container' && frame.containerId) {
    if (frame.isMain) containerProcessExited(cx.ctx, cx.host, frame.containerId, 0);
    else if (frame.pid !== undefined) endExecProcess(cx.ctx, cx.host, frame.pid, 0);
  }
  frames[frames.length - 1].lastExit = 0;
  return 0;
}

export const nodeReplProgram: FrameProgram = {
  name: 'node',
  prompt: () => '> ',
  runLine(cx, line) {
    const t = line.trim();
    if (t === '.exit' || t === 'exit' || t === 'process.exit()') return leave(cx);
    if (t === '') return 0;
    cx.err("pathshala: this simulator's Node.js REPL does not evaluate input; write it in a file and run it with node FILE (.exit leaves)\n");
    return 0;
  },
};

registerFrameEntry('node', (cx, frame) => {
  const v = nodeVersion(frame.env.NODE_VERSION, cx.profile.name === 'classic' ? '10.1.0' : '25.2.1');
  if (v.major >= 12) cx.out(`Welcome to Node.js v${v.full}.\nType ".help" for more information.\n`);
  cx.pushFrame(frame);
  return 0;
});
