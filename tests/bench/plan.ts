import { burst } from './figures/burst.js';
import { capacity, capacitySteps, P99_BOUND_MS } from './figures/capacity.js';
import { fanout } from './figures/fanout.js';
import { history } from './figures/history.js';
import { idleRooms } from './figures/idleRooms.js';
import { launchPeer } from './servers/peer.js';
import { launchProduct } from './servers/product.js';
import type { Launch, ServerName, Target } from './servers/types.js';

/**
 * What `pnpm bench` measures, and at what size. Sizes are the except
 * where noted in SCALED (printed in the report's header).
 */
export const SIZES = {
  fanout: { everyMs: 20, durationMs: 8_000, small: 16, large: 200 },
  history: { edits: 2_000, joins: 9 },
  idleRooms: 1_000,
  burst: { writers: 8, editsPerWriter: 1_000 },
  /**
   * 15 s of editing: a server's first seconds of a new load cost more (its code
   * is still being compiled). Read over 5 s, the product's CPU per delivered
   * edit ranged 43–61 µs over three rounds; over 20 s, 37–44 µs.
   */
  capacity: { rooms: 250, perRoom: 20, durationMs: 15_000 },
  /**
   * Rooms of 20 at each step: 5,000 to 18,000 connections. The issue asks for
   * 20,000, but where a process may hold 20,000 open files at most (the hard
   * limit; see `ulimit -Hn`), one server process cannot: each socket is a file.
   */
  capacitySteps: [250, 500, 750, 900],
  /** Editing per step: the steps follow one another on one server, warm after the first. */
  capacityStepMs: 5_000,
} as const;

export const SCALED = [
  `the largest size is searched in steps of ${SIZES.capacitySteps[0] * SIZES.capacity.perRoom} connections, ${SIZES.capacityStepMs / 1000} s of editing each`,
];

export const SERVERS: Array<{ name: ServerName; launch: Launch }> = [
  { name: 'product', launch: () => launchProduct('sqlite') },
  { name: 'reference', launch: () => launchPeer('y-websocket-server.mjs', 'y-websocket') },
  { name: 'hocuspocus', launch: () => launchPeer('hocuspocus.mjs', 'hocuspocus') },
];

/** One measurement, run against a fresh server each round; it yields named numbers. */
export interface Figure {
  id: string;
  run(target: Target): Promise<Record<string, number>>;
  /** Run only against these servers (default: all). */
  only?: ServerName[];
  /** Start the server another way than SERVERS does. */
  launch?: Launch;
}

const STOCK_SERVERS: ServerName[] = ['product', 'reference'];

export const FIGURES: Figure[] = [
  { id: 'fanout16', run: (t) => fanout(t, { ...SIZES.fanout, clients: SIZES.fanout.small, workers: 2 }) },
  { id: 'fanout200', run: (t) => fanout(t, { ...SIZES.fanout, clients: SIZES.fanout.large, workers: 2 }) },
  {
    id: 'fanout200Postgres',
    only: ['product'],
    launch: () => launchProduct('postgres'),
    run: (t) => fanout(t, { ...SIZES.fanout, clients: SIZES.fanout.large, workers: 2 }),
  },
  { id: 'history', run: (t) => history(t, SIZES.history) },
  // The same with stock y-websocket providers, as browsers run. Hocuspocus frames
  // its messages its own way, which the stock provider does not speak.
  { id: 'fanout16Stock', only: STOCK_SERVERS, run: (t) => fanout(t, { ...SIZES.fanout, clients: SIZES.fanout.small, workers: 2, stock: true }) },
  { id: 'fanout200Stock', only: STOCK_SERVERS, run: (t) => fanout(t, { ...SIZES.fanout, clients: SIZES.fanout.large, workers: 2, stock: true }) },
  { id: 'historyStock', only: STOCK_SERVERS, run: (t) => history(t, { ...SIZES.history, stock: true }) },
  { id: 'idleRooms', run: (t) => idleRooms(t, { rooms: SIZES.idleRooms, workers: 2 }) },
  { id: 'burst', run: (t) => burst(t, { ...SIZES.burst, workers: 2 }) },
  { id: 'burstPostgres', only: ['product'], launch: () => launchProduct('postgres'), run: (t) => burst(t, { ...SIZES.burst, workers: 2 }) },
  { id: 'capacity', run: (t) => capacity(t, { ...SIZES.capacity, workers: 4 }) },
  {
    id: 'capacitySteps',
    run: (t) => capacitySteps(t, { perRoom: SIZES.capacity.perRoom, durationMs: SIZES.capacityStepMs, steps: [...SIZES.capacitySteps], workers: 4 }),
  },
];

/** A row of the table: which number of which figure, and how to read it. */
export interface Metric {
  figure: string;
  key: string;
  label: string;
  /** Decimal places shown. */
  digits: number;
  /** A product-only figure: take the peers' values (for the ratios) from this figure. */
  peersFrom?: string;
}

const fanoutRows = (figure: string, clients: number, mode = ''): Metric[] => [
  { figure, key: 'p50', label: `fan-out, ${clients}${mode} clients: p50 ms ↓`, digits: 1 },
  { figure, key: 'p95', label: `fan-out, ${clients}${mode} clients: p95 ms ↓`, digits: 1 },
  { figure, key: 'p99', label: `fan-out, ${clients}${mode} clients: p99 ms ↓`, digits: 1 },
  { figure, key: 'missed', label: `fan-out, ${clients}${mode} clients: deliveries missed ↓`, digits: 0 },
  { figure, key: 'cpuPercent', label: `fan-out, ${clients}${mode} clients: server CPU, % of one core ↓`, digits: 0 },
  { figure, key: 'cpuUsPerDelivery', label: `fan-out, ${clients}${mode} clients: server CPU µs per delivered edit ↓`, digits: 1 },
];

const maxRooms = Math.max(...SIZES.capacitySteps);

export const METRICS: Metric[] = [
  ...fanoutRows('fanout16', SIZES.fanout.small),
  ...fanoutRows('fanout200', SIZES.fanout.large),
  { figure: 'fanout200Postgres', key: 'p99', label: `fan-out, ${SIZES.fanout.large} clients, product on PostgreSQL: p99 ms ↓`, digits: 1, peersFrom: 'fanout200' },
  { figure: 'fanout200Postgres', key: 'missed', label: `fan-out, ${SIZES.fanout.large} clients, product on PostgreSQL: deliveries missed ↓`, digits: 0, peersFrom: 'fanout200' },
  { figure: 'history', key: 'joinMs', label: `late join, ${SIZES.history.edits} edits of history: ms ↓`, digits: 1 },
  { figure: 'history', key: 'serverCpuMsPerJoin', label: `late join, ${SIZES.history.edits} edits of history: server CPU ms per join ↓`, digits: 2 },
  ...fanoutRows('fanout16Stock', SIZES.fanout.small, ' stock'),
  ...fanoutRows('fanout200Stock', SIZES.fanout.large, ' stock'),
  { figure: 'historyStock', key: 'joinMs', label: `late join, ${SIZES.history.edits} edits of history, stock client: ms ↓`, digits: 1 },
  { figure: 'historyStock', key: 'serverCpuMsPerJoin', label: `late join, ${SIZES.history.edits} edits of history, stock client: server CPU ms per join ↓`, digits: 2 },
  { figure: 'server', key: 'idleMb', label: 'server RSS idle, MB ↓', digits: 1 },
  { figure: 'server', key: 'peakMb', label: 'server RSS peak (any figure), MB ↓', digits: 1 },
  { figure: 'idleRooms', key: 'kbPerRoom', label: `memory per idle open room (${SIZES.idleRooms} rooms), KB ↓`, digits: 1 },
  { figure: 'burst', key: 'editsPerSecond', label: 'burst: edits/s delivered (product: SQLite, durable; peers: in memory) ↑', digits: 0 },
  { figure: 'burstPostgres', key: 'editsPerSecond', label: 'burst: edits/s delivered (product: PostgreSQL, durable) ↑', digits: 0 },
  { figure: 'capacity', key: 'held', label: `capacity ${SIZES.capacity.rooms}×${SIZES.capacity.perRoom}: connections held ↑`, digits: 0 },
  { figure: 'capacity', key: 'missed', label: 'capacity: deliveries missed ↓', digits: 0 },
  { figure: 'capacity', key: 'p99', label: 'capacity: p99 ms ↓', digits: 1 },
  { figure: 'capacity', key: 'cpuPercent', label: 'capacity: server CPU, % of one core ↓', digits: 0 },
  { figure: 'capacity', key: 'cpuUsPerDelivery', label: 'capacity: server CPU µs per delivered edit ↓', digits: 1 },
  { figure: 'capacity', key: 'kbPerConnection', label: 'capacity: memory per connection, KB ↓', digits: 1 },
  { figure: 'capacitySteps', key: 'largest', label: `largest size with p99 < ${P99_BOUND_MS} ms, none missed: connections ↑`, digits: 0 },
  { figure: 'capacitySteps', key: 'held', label: `capacity ${maxRooms}×${SIZES.capacity.perRoom}: connections held ↑`, digits: 0 },
  { figure: 'capacitySteps', key: 'p99', label: `capacity ${maxRooms}×${SIZES.capacity.perRoom}: p99 ms ↓`, digits: 1 },
  { figure: 'capacitySteps', key: 'cpuPercent', label: `capacity ${maxRooms}×${SIZES.capacity.perRoom}: server CPU, % of one core ↓`, digits: 0 },
];
