// The string table for a language.
import type { Lang } from '../../store';
import { bn, type Strings } from './bn';
import { en } from './en';

export const STRINGS: Record<Lang, Strings> = { bn, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
