import { afterAll, onTestFinished } from 'vitest';

const forFile: Array<() => unknown> = [];

/**
 * Undo something when the test that made it ends, or, when it was made in
 * beforeAll, when the file's tests are done.
 */
export function teardownLater(undo: () => unknown): void {
  try {
    onTestFinished(async () => {
      await undo();
    });
  } catch {
    forFile.push(undo);
  }
}

afterAll(async () => {
  for (const undo of forFile.splice(0).reverse()) await undo();
});
