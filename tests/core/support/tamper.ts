import type { Core } from '../../../src/main/core/core';

/**
 * What someone holding the database itself could do, for the tests that prove the app notices:
 * each engine's spelling of "switch the audit log's protection off" and "make audit writes fail".
 */
export async function disableAuditProtection(core: Core): Promise<void> {
  if (core.engine === 'sqlite') {
    const triggers: Array<{ name: string }> = await core
      .db('sqlite_master')
      .where({ type: 'trigger' })
      .where('name', 'like', 'audit_%')
      .select('name');
    for (const { name } of triggers) await core.db.raw(`DROP TRIGGER IF EXISTS "${name}"`);
  } else {
    for (const table of ['audit_log', 'audit_payloads', 'audit_seals', 'audit_redactions'])
      await core.db.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  }
}

export async function breakAuditWrites(core: Core): Promise<void> {
  if (core.engine === 'sqlite') {
    await core.db.raw(
      `CREATE TRIGGER break_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'broken'); END`,
    );
  } else {
    await core.db.raw(`CREATE FUNCTION break_audit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'broken'; END; $$ LANGUAGE plpgsql`);
    await core.db.raw(
      'CREATE TRIGGER break_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION break_audit()',
    );
  }
}

export async function repairAuditWrites(core: Core): Promise<void> {
  if (core.engine === 'sqlite') {
    await core.db.raw('DROP TRIGGER break_audit');
  } else {
    await core.db.raw('DROP TRIGGER break_audit ON audit_log');
    await core.db.raw('DROP FUNCTION break_audit()');
  }
}
