import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import { Chip, Link, Paper, TableCell, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { RecordTable } from '../../components/RecordTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useKeptRecordsQuery } from './erasureApi';
import { groundKeys, kindKeys } from './words';

/**
 * The register's second half (Art. 18): the records erasures kept instead of erasing them, with
 * their ground, until when, and the erasure case; beside the restrictions recorded on cases.
 */
export function KeptRecords({ status }: { status: 'active' | 'lifted' | 'all' }) {
  const t = useT('erasure');
  const { data, error, isLoading } = useKeptRecordsQuery({ status });
  const rows = data?.rows ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mt: 2 }} component="section" aria-labelledby="kept-records">
      <Typography id="kept-records" variant="h2" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {t('keptTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('keptIntro')}
      </Typography>
      <ErrorAlert error={error} />
      {!isLoading && data && rows.length === 0 ? (
        <EmptyState title={status === 'lifted' ? t('keptNoneLifted') : t('keptNone')} />
      ) : (
        <RecordTable
          label={t('keptTitle')}
          headings={[
            t('record'),
            t('colKind'),
            t('ground'),
            t('keptUntil'),
            t('colSince'),
            t('colErasureCase'),
            t('colState'),
          ]}
          rows={rows}
        >
          {(row) => (
            <TableRow key={row.id}>
              <TableCell>
                {row.path ? (
                  <Link component={RouterLink} to={row.path}>
                    {row.label}
                  </Link>
                ) : (
                  row.label
                )}
              </TableCell>
              <TableCell>{t(kindKeys[row.recordType])}</TableCell>
              <TableCell sx={{ maxWidth: 360 }}>{t(groundKeys[row.ground])}</TableCell>
              <TableCell>{row.keptUntil ? formatDate(row.keptUntil) : t('whileItLasts')}</TableCell>
              <TableCell>{formatDate(row.restrictedAt)}</TableCell>
              <TableCell>
                {row.caseId !== null && (
                  <Link component={RouterLink} to={`/cases/${row.caseId}`}>
                    {row.caseNumber}
                  </Link>
                )}
              </TableCell>
              <TableCell>
                {row.liftedAt ? (
                  t('keptEnded', { date: formatDate(row.liftedAt) })
                ) : (
                  <Chip size="small" color="warning" icon={<BlockOutlinedIcon />} label={t('keptActive')} />
                )}
              </TableCell>
            </TableRow>
          )}
        </RecordTable>
      )}
      {data && data.total > rows.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('keptShown', { shown: rows.length, total: data.total })}
        </Typography>
      )}
    </Paper>
  );
}
