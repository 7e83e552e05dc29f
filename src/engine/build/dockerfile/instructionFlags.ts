// Builder flags of one instruction (`COPY --from=build`, `HEALTHCHECK --interval=5s`), checked as
// Docker's BFlags does against the flags the instruction accepts in the era.
import type { DockerfileMessages } from '../../profile/dockerfileMessages';
import { instructionError, suggest } from './dockerfileErrors';

export type FlagValues = Record<string, string | string[] | undefined>;

export function parseFlags(words: readonly string[], instruction: string, msg: DockerfileMessages): FlagValues {
  const accepted = msg.flags[instruction] ?? {};
  const values: FlagValues = {};
  for (const word of words) {
    if (word === '--') break;
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word : word.slice(0, eq)).slice(2);
    const value = eq < 0 ? undefined : word.slice(eq + 1);
    const type = accepted[name];
    if (!type) throw instructionError(msg.unknownFlag(name, suggest(name, Object.keys(accepted), true)));
    if (name in values && type !== 'strings') throw instructionError(msg.duplicateFlag(name));
    if (type === 'bool') {
      if (value === '') throw instructionError(msg.missingFlagValue(name));
      const lower = (value ?? 'true').toLowerCase();
      if (lower !== 'true' && lower !== 'false') throw instructionError(msg.expectingBool(name, value ?? ''));
      values[name] = lower;
      continue;
    }
    if (value === undefined) throw instructionError(msg.missingFlagValue(name));
    if (type === 'strings') {
      const list = values[name];
      values[name] = [...(Array.isArray(list) ? list : []), value];
    } else values[name] = value;
  }
  return values;
}

export function stringFlag(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
