// Tab completion: the words a terminal may put in place of the one before the cursor.
export { complete, type Completion } from './complete';
