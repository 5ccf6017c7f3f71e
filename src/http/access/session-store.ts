import type { Session } from 'fastify';
import { deleteSession, saveSession, sessionByHash, touchSession } from '../../repositories/session-repository.js';
import { sha256, type AccessContext } from '../../services/access/secrets.js';

type Done = (error?: unknown) => void;

/**
 * `@fastify/session`'s store, in the database: every process sees a sign-out, an idle expiry or a
 * deactivation at once. Rows are keyed by the SHA-256 of the session id (the table alone signs no
 * one in). Only signed-in sessions are kept; inactivity is judged by the service's clock, and
 * the last-seen time is written at most once a minute.
 */
export class DatabaseSessionStore {
  constructor(
    private readonly ctx: AccessContext,
    private readonly idleMinutes: number,
  ) {}

  get(sessionId: string, done: (error: unknown, session?: Session | null) => void): void {
    this.load(sessionId).then((session) => done(null, session), done);
  }

  set(sessionId: string, session: Session, done: Done): void {
    if (typeof session.userId !== 'number') return done();
    saveSession(this.ctx.db, { idHash: sha256(sessionId), userId: session.userId, data: session, at: this.ctx.clock.now() }).then(() => done(), done);
  }

  destroy(sessionId: string, done: Done): void {
    deleteSession(this.ctx.db, sha256(sessionId)).then(() => done(), done);
  }

  private async load(sessionId: string): Promise<Session | null> {
    const idHash = sha256(sessionId);
    const row = await sessionByHash(this.ctx.db, idHash);
    if (!row) return null;
    const now = this.ctx.clock.now();
    const idle = now.getTime() - row.lastSeenAt.getTime();
    if (idle >= this.idleMinutes * 60_000 || !row.user.active) {
      await deleteSession(this.ctx.db, idHash);
      return null;
    }
    if (idle >= 60_000) await touchSession(this.ctx.db, idHash, now);
    return row.data as unknown as Session;
  }
}
