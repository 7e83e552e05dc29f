// vitest's setup file. Test files that may drive the store get the shell before they run, as
// Node's other entry points do (eagerShell.ts); the rest skip its import (seconds on a busy machine).
import { expect } from 'vitest';

const STORE_USERS = /\/(src\/(store|ui|terminal|lessons|views)|lessons|bench)\//;

if (STORE_USERS.test(expect.getState().testPath ?? '')) await import('../eagerShell');
