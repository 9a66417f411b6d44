import type { Peer } from './peer.js';

/**
 * Who made a change to a room's document. A peer's own edits are not sent back
 * to it; the server's own (clause ids, API writes) go to everyone; what was
 * loaded from the store is neither stored again nor broadcast; what another
 * instance relayed is already stored there, and only goes to our own peers.
 */
export type Origin = Peer | typeof SERVER_ORIGIN | typeof STORE_ORIGIN | typeof RELAY_ORIGIN;

export const SERVER_ORIGIN = Symbol('server');
export const STORE_ORIGIN = Symbol('store');
export const RELAY_ORIGIN = Symbol('relay');
