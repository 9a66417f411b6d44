import type { Language } from '@charter/shared';
import { ApiFailure } from '../api';
import { i18n } from '../i18n';

export const EXPORT_FORMATS = ['md', 'docx', 'pdf', 'html', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The name the server chose, from `filename*=UTF-8''…` (it always sends one). */
export function filenameFrom(disposition: string | null): string | null {
  const match = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

async function failure(response: Response): Promise<ApiFailure> {
  const payload: unknown = await response.json().catch(() => null);
  const error = typeof payload === 'object' && payload !== null ? (payload as { error?: { code?: unknown; message?: unknown } }).error : undefined;
  const message = typeof error?.message === 'string' ? error.message : i18n.t('errors.unknown');
  return new ApiFailure(response.status, typeof error?.code === 'string' ? error.code : 'unknown', message);
}

/**
 * Fetch an export and hand it to the browser as a download. A plain link
 * cannot carry the Authorization header (and a token in a URL would end up in
 * history and logs), so the file comes through fetch and an object URL.
 * With `versionId`, the text as that saved version kept it.
 */
export async function downloadExport(
  draftId: string,
  token: string,
  format: ExportFormat,
  lang: Language,
  { text = null, versionId }: { text?: Language | null; versionId?: string } = {},
): Promise<void> {
  // `text`: the language the text is read in, when not the original; `versionId`: a saved version rather than now.
  const query = new URLSearchParams({ format, lang, ...(text ? { text } : {}), ...(versionId ? { version: versionId } : {}) });
  let response: Response;
  try {
    response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/export?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ApiFailure(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) throw await failure(response);

  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(response.headers.get('Content-Disposition')) ?? `draft.${format}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
