import { findContainer } from '../../../engine/containers/findContainer';
import { containerInspectJson, containerSizeRw } from '../../../engine/queries';
import { hostSnapshot } from '../../../engine/snapshot';
import { marshalIndent } from '../../format/goJson';
import { executeTemplate, parseTemplate } from '../../format/goTemplate';
import type { DockerSubcommand } from './subcommand';
import { reportNotFound } from './errors';

/** `-s` adds SizeRw and SizeRootFs right after GraphDriver, where the API puts them. */
function withSizes(json: Record<string, unknown>, sizeRw: number, sizeRootFs: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    out[k] = v;
    if (k === 'GraphDriver') Object.assign(out, { SizeRw: sizeRw, SizeRootFs: sizeRootFs });
  }
  if (!('SizeRw' in out)) Object.assign(out, { SizeRw: sizeRw, SizeRootFs: sizeRootFs });
  return out;
}

export const containerInspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker container inspect',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Display detailed information on one or more containers',
    args: { min: 1 },
    flags: [
      {
        long: 'format',
        short: 'f',
        kind: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'size', short: 's', kind: 'bool', description: 'Display total file sizes' },
    ],
  },
  run(cx, args) {
    // Read-only lookups: a snapshot spares immer copying each table a found object sits in.
    const world = hostSnapshot(cx.ctx.world, cx.host);
    const format = typeof args.flags.format === 'string' && args.flags.format !== 'json' ? args.flags.format : '';
    let template: ReturnType<typeof parseTemplate> | undefined;
    if (format) {
      try {
        template = parseTemplate(format);
      } catch (e) {
        cx.err(`template parsing error: ${e instanceof Error ? e.message : String(e)}\n`);
        return 64;
      }
    }
    const elements: unknown[] = [];
    const failures: [string, unknown][] = [];
    for (const ref of args.positionals) {
      try {
        const c = findContainer(world, cx.host, ref);
        let json: Record<string, unknown> = containerInspectJson(world, cx.host, c);
        if (args.flags.size === true) {
          const rw = containerSizeRw(world, cx.host, c);
          json = withSizes(json, rw, rw + (world.hosts[cx.host].daemon.images[c.imageId]?.size ?? 0));
        }
        if (template) {
          // Typed structs fail on unknown fields and the raw-map fallback uses missingkey=error.
          cx.out(`${executeTemplate(template, json, { missingKey: 'error' })}\n`);
        } else {
          elements.push(json);
        }
      } catch (e) {
        failures.push([ref, e]);
      }
    }
    if (!template) cx.out(elements.length === 0 ? '[]\n' : `${marshalIndent(elements)}\n`);
    for (const [ref, e] of failures) {
      if (e instanceof Error && e.name === 'TemplateError') cx.err(`template parsing error: ${e.message}\n`);
      else reportNotFound(cx, 'container', ref, e);
    }
    return failures.length > 0 ? 1 : 0;
  },
};
