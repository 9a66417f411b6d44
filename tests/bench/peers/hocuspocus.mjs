/**
 * Hocuspocus with its default configuration (no extensions: in memory), on a
 * free loopback port that it prints for the benchmark to read.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
await server.listen();
console.log(`listening on ${server.address.port}`);
