// nano's two help lines for each state, as nano 7.2 (Ubuntu 24.04) and 2.9.3 (Ubuntu 18.04) draw
// them in an 80-column terminal: [key, label] pairs, first row then second row.
export type Shortcut = readonly [string, string];

const MAIN_72: Shortcut[][] = [
  [['^G', 'Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut'], ['^T', 'Execute'], ['^C', 'Location']],
  [['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Paste'], ['^J', 'Justify'], ['^/', 'Go To Line']],
];

const MAIN_293: Shortcut[][] = [
  [['^G', 'Get Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut Text'], ['^J', 'Justify'], ['^C', 'Cur Pos']],
  [['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Uncut Text'], ['^T', 'To Spell'], ['^_', 'Go To Line']],
];

const WRITE: Shortcut[][] = [
  [['^G', 'Help'], ['M-D', 'DOS Format'], ['M-A', 'Append'], ['M-B', 'Backup File']],
  [['^C', 'Cancel'], ['M-M', 'Mac Format'], ['M-P', 'Prepend'], ['^T', 'Browse']],
];

const YES_NO: Shortcut[][] = [[[' Y', 'Yes']], [[' N', 'No'], ['^C', 'Cancel']]];

const SEARCH: Shortcut[][] = [
  [['^G', 'Help'], ['M-C', 'Case Sens'], ['M-B', 'Backwards'], ['M-R', 'Reg.exp.'], ['^P', 'Older']],
  [['^C', 'Cancel'], ['^R', 'Replace'], ['^T', 'Go To Line'], ['^W', 'Beg of Par'], ['^N', 'Newer']],
];

export type NanoBar = 'main' | 'write' | 'yesno' | 'search';

export function nanoShortcuts(bar: NanoBar, version: string): Shortcut[][] {
  if (bar === 'write') return WRITE;
  if (bar === 'yesno') return YES_NO;
  if (bar === 'search') return SEARCH;
  return version.startsWith('2.') ? MAIN_293 : MAIN_72;
}
