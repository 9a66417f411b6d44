import type { AmendmentCommands } from '../amendments/commands.js';
import type { Collab } from '../collab/index.js';
import type { Credentials } from '../auth.js';
import type { ExportRenderer } from '../export/index.js';
import type { ImportReader } from '../import/index.js';
import type { Logger } from '../log.js';
import type { AppStore } from '../store/types.js';

/** What every route may use, injected once when the app is made. */
export interface Services {
  app: AppStore;
  collab: Collab;
  amendments: AmendmentCommands;
  exports: ExportRenderer;
  imports: ImportReader;
  logger: Logger;
  adminToken?: string;
}

export interface Env {
  Variables: { credentials: Credentials };
}
