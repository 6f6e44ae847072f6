import { Box, Typography } from '@mui/material';
import type { AuditEntry } from '../../shared/audit/contract';
import { useT } from '../i18n';
import { auditActionLabel } from '../lib/auditWords';
import { formatDateTime } from '../lib/format';
import { ChangeDiff } from './ChangeDiff';

/**
 * A record's history from the audit log, newest first: what was done, by whom (their name) and
 * when, and the fields it changed. Every history screen shows it the same way.
 */
export function AuditEntries({
  entries,
  formatAt = formatDateTime,
  diffOf = () => true,
}: {
  /** Oldest first, as the core gives them. */
  entries: readonly AuditEntry[];
  formatAt?: (iso: string) => string;
  /** Whether an entry's field changes are shown (a new record's first values may not be). */
  diffOf?: (entry: AuditEntry) => boolean;
}) {
  const t = useT('components');
  return (
    <>
      {[...entries].reverse().map((entry) => {
        const what = auditActionLabel(entry.action, entry.entityType);
        return (
          <Box key={entry.id} component="section" aria-label={`${what} ${formatAt(entry.at)}`} sx={{ mb: 2 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
              {t('entryBy', { what, name: entry.userName, at: formatAt(entry.at) })}
            </Typography>
            {diffOf(entry) && <ChangeDiff before={entry.before} after={entry.after} labels={entry.labels} />}
          </Box>
        );
      })}
    </>
  );
}
