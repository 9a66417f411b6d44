import type { AmendmentCommands } from '../amendments/commands.js';
import type { Collab } from '../collab/index.js';
import type { Credentials } from '../auth.js';
import type { Logger } from '../log.js';
import type { AppStore } from '../store/types.js';

/** What every route may use, injected once when the app is made. */
export interface Services {
  app: AppStore;
  collab: Collab;
  amendments: AmendmentCommands;
  logger: Logger;
  adminToken?: string;
}

export interface Env {
  Variables: { credentials: Credentials };
}
