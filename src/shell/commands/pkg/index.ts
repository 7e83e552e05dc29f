// The package managers: commands that only exist inside a container whose image has them.
import type { Command } from '../../types';
import { apkCommand } from './apk/apkCommand';
import { aptCommand, aptGetCommand } from './apt/aptCommand';
import { npmCommand } from './npm/npmCommand';
import { PIP_COMMANDS } from './pip/pipCommand';

export const PKG_COMMANDS: Command[] = [...PIP_COMMANDS, aptGetCommand, aptCommand, apkCommand, npmCommand];
