import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { auditIdFields } from '../../shared/audit/contract';
import { text, useT } from '../i18n';
import { formatDate, formatDateTime } from '../lib/format';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value in words: dates as dd.mm.yyyy, yes and no, lists joined, a record by its name. */
function show(key: string, value: unknown, labels: Readonly<Record<string, string>>): string {
  if (value === undefined) return '';
  if (value === null || value === '') return '—';
  const type = auditIdFields[key];
  if (type && typeof value === 'number') return labels[`${type}:${value}`] ?? `#${value}`;
  if (typeof value === 'boolean') return text('common', value ? 'yes' : 'no');
  if (typeof value === 'string') {
    if (isoDate.test(value)) return formatDate(value);
    if (isoDateTime.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value.length === 0 ? '—' : value.join(', ');
  return JSON.stringify(value);
}

function humanise(key: string): string {
  const field = auditIdFields[key] ? key.replace(/Id$/, '') : key;
  const spaced = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** Field-by-field view of a change: only what differs, or every field of a new record. */
export function ChangeDiff({
  before,
  after,
  labels = {},
}: {
  before: unknown;
  after: unknown;
  /** Names of the records the fields point to by id ("user:4" → "Kari Nordmann"). */
  labels?: Readonly<Record<string, string>>;
}) {
  const t = useT('components');
  const asObject = (value: unknown): Record<string, unknown> | null =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const b = asObject(before);
  const a = asObject(after);
  if (!b && !a) {
    if (before == null && after == null) {
      return (
        <Typography variant="body2" color="text.secondary">
          {t('noDetails')}
        </Typography>
      );
    }
    return (
      <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>
        {JSON.stringify({ before, after }, null, 2)}
      </Box>
    );
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changed = keys.filter((key) => JSON.stringify(b?.[key]) !== JSON.stringify(a?.[key]));
  const rows = b && a ? changed : keys;
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('nothingChanged')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={t('changedFields')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('field')}</TableCell>
          {b && <TableCell>{t('before')}</TableCell>}
          {a && <TableCell>{t('after')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((key) => (
          <TableRow key={key}>
            <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {humanise(key)}
            </TableCell>
            {b && (
              <TableCell
                sx={{ color: a ? 'error.dark' : undefined, wordBreak: 'break-word', verticalAlign: 'top' }}
              >
                {show(key, b[key], labels)}
              </TableCell>
            )}
            {a && (
              <TableCell
                sx={{ color: b ? 'success.dark' : undefined, wordBreak: 'break-word', verticalAlign: 'top' }}
              >
                {show(key, a[key], labels)}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
