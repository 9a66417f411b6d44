/** Build the server into `server/dist` (see build.mjs). */
export function buildServer(): Promise<void>;
