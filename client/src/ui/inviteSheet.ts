import { ROLES } from '@charter/shared';
import type { TFunction } from '../i18n';
import type { StartedInitiative } from '../startedInitiatives';

/**
 * The address this page was reached at is one the people in the room can reach
 * too, whereas the server may only know the interface it is bound to (0.0.0.0
 * on a LAN), so links are built from the page's own origin.
 */
export function inviteUrl(token: string): string {
  return `${window.location.origin}/join/${encodeURIComponent(token)}`;
}

/** The four links as a plain text sheet, in the reader's language, to keep off this device. */
export function inviteSheet(started: StartedInitiative, t: TFunction): string {
  const lines = [t('invites.title', { name: started.name }), started.place, '', t('invites.intro'), t('invites.keepSafe'), ''];
  for (const role of ROLES) {
    lines.push(`${t(`roles.${role}`)}: ${inviteUrl(started.invites[role])}`, `  ${t(`roleDoes.${role}`)}`, '');
  }
  return `${lines.join('\n')}\n`;
}

/** A file name from the initiative's name, in plain letters: "invite-links-human-rights-city-lakeside.txt". */
export function inviteSheetName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug ? `invite-links-${slug}.txt` : 'invite-links.txt';
}

/** Hand the sheet to the browser as a download. */
export function downloadInviteSheet(started: StartedInitiative, t: TFunction): void {
  const url = URL.createObjectURL(new Blob([inviteSheet(started, t)], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = inviteSheetName(started.name);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
