import type { DraftKind, DraftStatus, Role } from '@charter/shared';

/**
 * Every word the app shows, in one place, so a translation is one new object of
 * the same shape. Placeholders are written `{name}` and filled by `fill()`.
 */
export const strings = {
  appName: 'Charter Commons',
  tagline: 'Write a Human Rights City resolution, charter or ordinance together.',
  skipToContent: 'Skip to main content',
  home: 'Home',
  loading: 'Loading…',
  footer: 'Charter Commons is free software. Your drafts stay on the server that runs it.',

  errors: {
    network: 'The server could not be reached. Check your connection and try again.',
    unknown: 'Something went wrong. Please try again.',
    inviteInvalid: 'This invite link is not valid or was replaced.',
    inviteInvalidHelp: 'Ask the facilitator of your initiative for a new link.',
    draftNoAccess: 'You do not have a link that opens this draft on this device.',
    draftNoAccessHelp: 'Open the invite link you were given first, then open the draft from there.',
    goHome: 'Go to the home page',
    notFound: 'There is no page at this address.',
  },

  homePage: {
    title: 'Start an initiative',
    intro:
      'An initiative is the group writing together, for example “Human Rights City Lakeside”. You will get four invite links, one for each role.',
    name: 'Name of the initiative',
    nameHint: 'For example: Human Rights City Lakeside',
    place: 'Place',
    placeHint: 'The city, town or neighbourhood.',
    adminToken: 'Admin token',
    adminTokenHint: 'This server asks for its admin token before a new initiative starts. Ask the person who runs it.',
    submit: 'Start the initiative',
    submitting: 'Starting…',
    yours: 'Your initiatives on this device',
    yoursRole: 'as {role}',
  },

  invites: {
    title: 'Invite links for {name}',
    intro:
      'Share each link only with the people who should have that role. Anyone with a link can open the initiative in that role.',
    linkLabel: 'Invite link for {role}',
    copy: 'Copy',
    copyLabel: 'Copy the {role} link',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the link and copy it yourself.',
    openAsFacilitator: 'Open as facilitator',
    keepSafe: 'Keep the facilitator link to yourself: it can start drafts and replace invite links.',
  },

  join: {
    yourRole: 'Your role: {role}',
    drafts: 'Drafts',
    noDrafts: 'No drafts yet.',
    noDraftsFacilitator: 'No drafts yet. Start the first one below.',
    colTitle: 'Title',
    colKind: 'Kind',
    colStatus: 'Status',
    colUpdated: 'Last change',
    newDraft: 'Start a draft',
    draftTitle: 'Title',
    draftTitleHint: 'For example: Resolution declaring Lakeside a Human Rights City',
    draftKind: 'Kind of text',
    create: 'Start the draft',
    creating: 'Starting…',
  },

  draft: {
    backTo: 'Back to {name}',
    meta: '{kind} · {status}',
    readOnly: 'Read-only: your link lets you read this draft, not change its text.',
    lockedReview: 'This draft is in review: its text is locked while officials comment.',
    lockedAdopted: 'This draft is adopted: its text can no longer be changed.',
    editorLabel: 'Text of the draft',
    toolbar: 'Formatting',
    shortcutsTitle: 'Keyboard shortcuts',
    shortcuts: [
      ['Ctrl+Alt+0', 'Paragraph'],
      ['Ctrl+Alt+1', 'Heading 1'],
      ['Ctrl+Alt+2', 'Heading 2'],
      ['Ctrl+Shift+8', 'Bulleted list'],
      ['Ctrl+Shift+7', 'Numbered list'],
      ['Ctrl+B', 'Bold'],
      ['Ctrl+I', 'Italic'],
      ['Ctrl+Z', 'Undo'],
      ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
    ] as ReadonlyArray<readonly [string, string]>,
    shortcutsMac: 'On a Mac, use ⌘ (Command) instead of Ctrl, and ⌥ (Option) instead of Alt.',
    toolbarHelp: 'In the formatting bar, use the left and right arrow keys to move between buttons.',
  },

  tools: {
    paragraph: 'Paragraph',
    heading1: 'Heading 1',
    heading2: 'Heading 2',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    bold: 'Bold',
    italic: 'Italic',
    undo: 'Undo',
    redo: 'Redo',
  },

  connection: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    offline: 'Offline',
    saved: 'All changes saved',
    saving: 'Saving…',
    notSaved: 'Not saved yet',
    closedUnauthorized: 'Your invite link no longer works. Ask the facilitator for a new one.',
    closedForbidden: 'Your invite link does not open this draft.',
    closedNotFound: 'This draft no longer exists.',
    closedOther: 'The server closed the connection.',
  },

  presence: {
    title: 'Who is here',
    you: '(you)',
    nobody: 'Only you.',
    askName: 'What name should the others see?',
    nameLabel: 'Your name',
    save: 'Save name',
    appearAs: 'Others see you as {name}.',
    change: 'Change name',
    cancel: 'Cancel',
    guest: 'Guest {n}',
  },

  roles: {
    facilitator: 'Facilitator',
    editor: 'Editor (resident)',
    reviewer: 'Reviewer (official)',
    viewer: 'Viewer',
  } satisfies Record<Role, string>,

  roleDoes: {
    facilitator: 'Writes the text, annotates, runs sessions, starts drafts and manages invites.',
    editor: 'Writes the text and annotates.',
    reviewer: 'Reads the text, annotates and comments.',
    viewer: 'Reads everything.',
  } satisfies Record<Role, string>,

  kinds: {
    resolution: 'Resolution',
    charter: 'Charter',
    ordinance: 'Ordinance',
    proclamation: 'Proclamation',
  } satisfies Record<DraftKind, string>,

  statuses: {
    drafting: 'Drafting',
    review: 'In review',
    adopted: 'Adopted',
  } satisfies Record<DraftStatus, string>,
};

/** Replace each `{key}` in a template with its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
