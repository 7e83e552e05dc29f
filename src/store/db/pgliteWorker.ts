// The Web Worker that holds PGlite in the browser: on the main thread its start freezes the page
// for ~6 s; in a worker the longest frame gap measured was ~270 ms.
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';

void worker({
  init: () => PGlite.create(),
});
