import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function humanise(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** Field-by-field view of a change: only what differs, or every field of a new record. */
export function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const asObject = (value: unknown): Record<string, unknown> | null =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const b = asObject(before);
  const a = asObject(after);
  if (!b && !a) {
    if (before == null && after == null) {
      return (
        <Typography variant="body2" color="text.secondary">
          No details recorded.
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
        Nothing changed.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Changed fields">
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          {b && <TableCell>Before</TableCell>}
          {a && <TableCell>After</TableCell>}
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
                {show(b[key])}
              </TableCell>
            )}
            {a && (
              <TableCell
                sx={{ color: b ? 'success.dark' : undefined, wordBreak: 'break-word', verticalAlign: 'top' }}
              >
                {show(a[key])}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
