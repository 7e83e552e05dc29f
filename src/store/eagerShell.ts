// Node's way in (vitest's setup for store tests, scripts that drive the store): the shell imported at once, so
// every store action runs synchronously from the start. The browser never imports this file.
import * as shell from '../shell';
import { provideShell } from './shellRuntime';

provideShell(shell);
