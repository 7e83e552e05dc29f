// `docker history [-H] [-q] [--no-trunc] IMAGE`: one row per build step, newest first.
import { imageHistory } from '../../../engine/images';
import { humanDuration, humanSize } from '../../format/units';
import { ellipsis } from '../../format/goQuote';
import { formatRFC3339 } from '../../format/timeFormat';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };

export const historyCommand: DockerSubcommand = {
  spec: {
    path: 'docker image history',
    usage: '[OPTIONS] IMAGE',
    description: 'Show the history of an image',
    aliases: ['docker history'],
    args: { exact: 1 },
    flags: [
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'human', short: 'H', kind: 'bool', description: 'Print sizes and dates in human readable format', defaultText: 'true' },
      { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only show image IDs' },
    ],
  },
  run(cx, args) {
    const f = args.flags;
    const { world } = cx.ctx;
    const human = f.human !== false;
    const noTrunc = f['no-trunc'] === true;
    const rows = imageHistory(world, cx.host, args.positionals[0]).map((h) => {
      const id = h.id === '<missing>' ? h.id : noTrunc ? h.id : h.id.replace(/^sha256:/, '').slice(0, 12);
      const createdBy = h.createdBy.replace(/\t/g, ' ');
      return {
        ID: id,
        CreatedSince: human ? `${humanDuration(world.now - h.created)} ago` : formatRFC3339(h.created),
        CreatedAt: formatRFC3339(h.created),
        CreatedBy: noTrunc ? createdBy : ellipsis(createdBy, 45),
        Size: human ? humanSize(h.size) : String(h.size),
        Comment: h.comment,
      };
    });
    const template = f.quiet === true ? '{{.ID}}' : ((f.format as string | undefined) ?? 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}');
    return printFormatted(cx, template, rows, HEADERS);
  },
};
