import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from './config.js';
import { createExportRenderer } from './export/index.js';
import { createImportReader } from './import/index.js';
import { createLogger } from './log.js';
import { createServer } from './server.js';
import { openSqliteStore } from './store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server', () => {
  it('stops the export and import threads it was given when it closes', async () => {
    const exports = createExportRenderer();
    const imports = createImportReader();
    const stopped = [vi.spyOn(exports, 'close'), vi.spyOn(imports, 'close')];
    const config = { ...readConfig({ PORT: '0', DATA_DIR: dir }), port: 0 };
    const server = createServer({ config, store: openSqliteStore(dir), logger: createLogger(() => {}), exports, imports, clientDir: dir });
    await server.listen();
    await server.close();
    for (const close of stopped) expect(close).toHaveBeenCalledOnce();
  });
});
