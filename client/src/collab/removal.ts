import { useEffect, useState } from 'react';
import { CloseCode } from '@charter/shared';
import { ApiFailure, api } from '../api';
import type { ConnectionState } from './useConnection';

/** The reason the server gives when it closes a removed person's sockets. */
export const REMOVED_REASON = 'removed';

/**
 * Was this person removed from the initiative by a facilitator? The server
 * closes their sockets with 4401 'removed'; a 4401 without that reason (a proxy
 * may drop it) is a removal when their own token now answers 401 too. An
 * invite token names nobody, so it cannot be removed, only replaced.
 */
export function useRemoved(state: ConnectionState, token: string, personal: boolean): boolean {
  const { closedCode, closedReason } = state;
  const refused = closedCode === CloseCode.Unauthorized && personal;
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    setChecked(false);
    if (!refused || closedReason === REMOVED_REASON) return;
    const controller = new AbortController();
    api('/api/participants/me', { token, signal: controller.signal }).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof ApiFailure && error.status === 401) setChecked(true);
      },
    );
    return () => controller.abort();
  }, [refused, closedReason, token]);

  return refused && (closedReason === REMOVED_REASON || checked);
}
