import type { Role } from '@charter/shared';
import type { SqlDriver } from './driver.js';
import {
  SQL,
  draftParams,
  newNeedParams,
  savedNeedParams,
  toDraft,
  toNeed,
  type DraftRecord,
  type InitiativeRecord,
  type InviteRecord,
  type NeedRecord,
  toActivity,
  toParticipant,
  type ActivityRecord,
  type ContributionRecord,
  type ParticipantRecord,
  activityParams,
} from './sql.js';
import { amendmentMethods } from './amendmentSql.js';
import type { AppStore, ContributionRow } from './types.js';
import { VERSION_SQL, toMark, toVersion, toVersionSummary, versionParams, type VersionRecord, type VersionSummaryRecord } from './versionsSql.js';

/**
 * The app's own records (initiatives, invites, drafts, needs), written once for
 * every database over its driver: the same statements, rows and transactions.
 */
export function createAppStore(db: SqlDriver): AppStore {
  const app: AppStore = {
    async createInitiative(initiative, invites) {
      await db.transaction(async (tx) => {
        await tx.run(SQL.insertInitiative, [initiative.id, initiative.name, initiative.place, initiative.createdAt]);
        for (const invite of invites) await tx.run(SQL.insertInvite, [invite.tokenHash, initiative.id, invite.role, initiative.createdAt, null]);
      });
    },
    async getInitiative(id) {
      const row = await db.one<InitiativeRecord>(SQL.getInitiative, [id]);
      return row ? { id: row.id, name: row.name, place: row.place, createdAt: row.created_at } : null;
    },
    async listInitiatives() {
      return (await db.all<InitiativeRecord>(SQL.listInitiatives, [])).map((row) => ({ id: row.id, name: row.name, place: row.place, createdAt: row.created_at }));
    },
    async findInvite(tokenHash) {
      const row = await db.one<InviteRecord>(SQL.findInvite, [tokenHash, new Date().toISOString()]);
      return row ? { initiativeId: row.initiative_id, role: row.role, expiresAt: row.expires_at } : null;
    },
    async replaceInvite(initiativeId: string, role: Role, tokenHash: string, at: string, expiresAt: string | null) {
      await db.transaction(async (tx) => {
        // One replacement at a time per initiative: without the lock, two made at
        // once each revoke only the rows they see, and both new invites stay live.
        // (SQLite runs its transactions one at a time already.)
        if (db.dialect === 'postgres') await tx.run('SELECT id FROM initiatives WHERE id = ? FOR UPDATE', [initiativeId]);
        await tx.run(SQL.revokeInvites, [at, initiativeId, role]);
        await tx.run(SQL.insertInvite, [tokenHash, initiativeId, role, at, expiresAt]);
      });
    },
    async createDraft(draft) {
      await db.run(SQL.insertDraft, draftParams(draft));
    },
    async getDraft(id) {
      const row = await db.one<DraftRecord>(SQL.getDraft, [id]);
      return row ? toDraft(row) : null;
    },
    async listDrafts(initiativeId) {
      return (await db.all<DraftRecord>(SQL.listDrafts, [initiativeId])).map(toDraft);
    },
    async updateDraft(id, patch, at) {
      const archived = patch.archived === undefined ? null : Number(patch.archived);
      await db.run(SQL.updateDraft, [patch.title ?? null, patch.status ?? null, archived, at, id]);
      return app.getDraft(id);
    },
    async createNeed(need) {
      await db.run(SQL.insertNeed, newNeedParams(need));
    },
    async getNeed(id) {
      const row = await db.one<NeedRecord>(SQL.getNeed, [id]);
      return row ? toNeed(row) : null;
    },
    async listNeeds(initiativeId) {
      return (await db.all<NeedRecord>(SQL.listNeeds, [initiativeId])).map(toNeed);
    },
    async saveNeed(need) {
      await db.run(SQL.saveNeed, savedNeedParams(need));
    },
    async createParticipant(p, tokenHash) {
      await db.run(SQL.insertParticipant, [
        p.id, p.initiativeId, p.role, p.name, JSON.stringify(p.communities), p.language ?? null, tokenHash, p.joinedAt, p.lastSeenAt,
      ]);
    },
    async findParticipant(tokenHash) {
      const row = await db.one<ParticipantRecord>(SQL.findParticipantByToken, [tokenHash]);
      return row ? toParticipant(row) : null;
    },
    async getParticipant(id) {
      const row = await db.one<ParticipantRecord>(SQL.getParticipant, [id]);
      return row ? { ...toParticipant(row), removed: row.removed_at !== null } : null;
    },
    async listParticipants(initiativeId) {
      return (await db.all<ParticipantRecord>(SQL.listParticipants, [initiativeId])).map(toParticipant);
    },
    async saveParticipant(p) {
      await db.run(SQL.saveParticipant, [p.name, JSON.stringify(p.communities), p.language ?? null, p.id]);
    },
    async touchParticipant(id, at) {
      const minuteBefore = new Date(Date.parse(at) - 60_000).toISOString();
      await db.run(SQL.touchParticipant, [at, id, minuteBefore]);
    },
    async removeParticipant(id, entry) {
      return db.transaction(async (tx) => {
        const before = await tx.one<{ removed_at: string | null }>('SELECT removed_at FROM participants WHERE id = ?', [id]);
        if (!before || before.removed_at !== null) return false;
        await tx.run(SQL.removeParticipant, [entry.at, id]);
        await tx.run(SQL.insertActivity, activityParams(entry));
        return true;
      });
    },
    async recordContributions(rows) {
      if (rows.length === 0) return;
      await db.transaction(async (tx) => {
        for (const r of rows) await tx.run(SQL.insertContribution, [r.draftId, r.person, r.kind, r.ref, JSON.stringify(r.communities), r.at]);
      });
    },
    async listContributions(draftId) {
      return (await db.all<ContributionRecord>(SQL.listContributions, [draftId])).map((row) => ({
        draftId,
        person: row.person,
        kind: row.kind as ContributionRow['kind'],
        ref: row.ref,
        communities: JSON.parse(row.communities) as string[],
        at: row.at,
      }));
    },
    async listEveryParticipant(initiativeId) {
      return (await db.all<ParticipantRecord>(SQL.listEveryParticipant, [initiativeId])).map(toParticipant);
    },
    async logActivity(entry) {
      await db.run(SQL.insertActivity, activityParams(entry));
    },
    async listActivity(initiativeId, draftId) {
      return (await db.all<ActivityRecord>(SQL.listActivity, [draftId, initiativeId])).map(toActivity);
    },
    ...amendmentMethods(db),
    exclusive: (key, work) => db.exclusive(key, work),
    async createVersion(version, entry) {
      return db.transaction(async (tx) => {
        // One number at a time per draft (SQLite runs its transactions one at a time already).
        if (db.dialect === 'postgres') await tx.run('SELECT id FROM drafts WHERE id = ? FOR UPDATE', [version.draftId]);
        const next = await tx.one<{ next: number | string }>(VERSION_SQL.nextNumber, [version.draftId]);
        const saved = { ...version, number: Number(next?.next ?? 1) };
        await tx.run(VERSION_SQL.insertVersion, versionParams(saved));
        await tx.run(SQL.insertActivity, activityParams({ ...entry, detail: `${saved.number}. ${saved.name}` }));
        const { id, number, name, kind, createdAt, author } = saved;
        return { id, number, name, kind, createdAt, author };
      });
    },
    async listVersions(draftId) {
      return (await db.all<VersionSummaryRecord>(VERSION_SQL.listVersions, [draftId])).map(toVersionSummary);
    },
    async getVersion(id) {
      const row = await db.one<VersionRecord>(VERSION_SQL.getVersion, [id]);
      return row ? toVersion(row) : null;
    },
    async saveReviewedMark(draftId, participantId, mark) {
      await db.run(VERSION_SQL.saveMark, [draftId, participantId, mark.at, JSON.stringify(mark.clauses)]);
    },
    async getReviewedMark(draftId, participantId) {
      const row = await db.one<{ at: string; clauses: string }>(VERSION_SQL.getMark, [draftId, participantId]);
      return row ? toMark(row) : null;
    },
  };
  return app;
}
