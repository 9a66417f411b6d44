import { CloseCode } from '@charter/shared';
import type { WebsocketProvider } from 'y-websocket';
import { dropResponsesOf } from '../offline/keptResponses';
import type { LocalCopy } from './localCopy';

/**
 * When the server refuses the token for good (replaced, another initiative's,
 * or the draft is gone), the copy on this device goes too: nothing it held
 * could be sent, and it must not stay readable forever. A replaced token also
 * loses the API answers kept for it.
 */
export function forgetRefusedCopy(provider: WebsocketProvider, local: LocalCopy | null, token: string): () => void {
  const onClosed = (event: { code: number }) => {
    if (event.code === CloseCode.Unauthorized) dropResponsesOf(token);
    if (event.code === CloseCode.Unauthorized || event.code === CloseCode.Forbidden || event.code === CloseCode.NotFound) {
      void local?.clear();
    }
  };
  provider.on('closed', onClosed);
  return () => provider.off('closed', onClosed);
}
