import { buildServer } from '../../server/build.mjs';

/**
 * Before any test: build the server from its sources, so that every test that
 * starts one runs what `pnpm start` would run, as the sources are now.
 */
export default async function setup(): Promise<void> {
  await buildServer();
}
