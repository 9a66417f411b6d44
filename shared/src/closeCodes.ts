/**
 * Websocket close codes of the collaboration endpoint. 1009 is the standard
 * "message too big"; the 44xx codes mirror the HTTP status a client would get.
 */
export const CloseCode = {
  /** The standard code for a message over MAX_MESSAGE_BYTES. */
  MessageTooBig: 1009,
  /** The server is shutting down; clients reconnect elsewhere or later. */
  GoingAway: 1001,
  /** A message that could not be read; only its own socket is closed. */
  BadMessage: 4400,
  /** No token, an unknown one, or a revoked one. */
  Unauthorized: 4401,
  /** A valid token of another initiative. */
  Forbidden: 4403,
  /** No such draft. */
  NotFound: 4404,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
