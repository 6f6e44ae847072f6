import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  Drawer,
  IconButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import type { AuditEntry, AuditVerification } from '../../../shared/audit/contract';
import { ChangeDiff } from '../../components/ChangeDiff';
import { EmptyState } from '../../components/EmptyState';
import { CellText } from '../../components/list/CellText';
import { FilterSelect } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { auditActionLabel, channelWords, entityTypeLabel } from '../../lib/auditWords';
import { text, useT } from '../../i18n';
import { formatCount, formatDateTime } from '../../lib/format';
import { useAddressFilters } from '../../lib/useAddressFilters';
import { DateRangeFilter } from '../../components/list/DateRangeFilter';
import { useListUsersQuery } from '../users/usersApi';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  useAuditEntriesQuery,
  useAuditFacetsQuery,
  useSaveAuditKeyFileMutation,
  useVerifyAuditMutation,
} from './auditApi';

const filterKeys = ['from', 'to', 'user', 'entityType', 'action', 'entityId'] as const;

/** "Case 2026-0001", "Inquiry INQ-000012", or the type and id where the record has no number. */
function recordOf(entry: AuditEntry): string {
  if (entry.entityId === null) return entityTypeLabel(entry.entityType);
  return `${entityTypeLabel(entry.entityType)} ${entry.record ?? `#${entry.entityId}`}`;
}

const columnsOf = (
  t: (key: 'when' | 'who' | 'what' | 'record' | 'through') => string,
): ListColumn<AuditEntry>[] => [
  { field: 'id', headerName: '#', width: 80, priority: 3 },
  {
    field: 'at',
    headerName: t('when'),
    width: 150,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'userName',
    headerName: t('who'),
    width: 170,
    renderCell: ({ row }) => <CellText primary={row.userName} />,
  },
  {
    field: 'action',
    headerName: t('what'),
    width: 190,
    renderCell: ({ row }) => (
      <Chip size="small" label={auditActionLabel(row.action, row.entityType)} variant="outlined" />
    ),
  },
  {
    field: 'record',
    headerName: t('record'),
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => <CellText primary={recordOf(row)} />,
  },
  {
    field: 'channel',
    headerName: t('through'),
    width: 230,
    priority: 1,
    valueGetter: (value: string) => channelWords(value),
  },
];

/** The audit log: every change and every read of personal data, in words, with its chain check. */
function verificationText(result: AuditVerification): string {
  if (!result.ok)
    return result.firstBadId === null
      ? text('audit', 'failsCheck', { reason: result.reason })
      : text('audit', 'brokenAt', {
          id: result.firstBadId,
          reason: result.reason,
          entries: formatCount(result.entries),
        });
  const redacted =
    result.redacted > 0
      ? ` ${text('audit', 'redactedCopies', {
          count: formatCount(result.redacted),
          groups: result.redactions
            .map((group) => `${formatCount(group.entries)} ${group.reason}`)
            .join(', '),
        })}`
      : '';
  return `${text('audit', 'intact', { entries: formatCount(result.entries) })}${redacted}`;
}

export function AuditPage() {
  const t = useT('audit');
  const columns = useMemo(() => columnsOf(t), [t]);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  // A change of filter goes back to the first page.
  const filters = useAddressFilters(filterKeys, () => setPagination((current) => ({ ...current, page: 0 })));
  const { values, setFilter } = filters;
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const { data: users } = useListUsersQuery({ includeInactive: true });
  const { data: facets } = useAuditFacetsQuery({});
  const [verify, { isLoading: verifying }] = useVerifyAuditMutation();
  const [saveKeyFile, { isLoading: savingKey, error: saveKeyError }] = useSaveAuditKeyFileMutation();
  const [savedKey, setSavedKey] = useState<{ file: string; created: boolean } | null>(null);
  const { data, isFetching, error } = useAuditEntriesQuery({
    page: pagination.page,
    pageSize: pagination.pageSize,
    from: values.from,
    to: values.to,
    userId: values.user ? Number(values.user) : undefined,
    entityType: values.entityType,
    action: values.action,
    entityId: values.entityId,
  });

  const runVerify = async () => {
    const result = await verify({});
    if (result.data) setVerification(result.data);
  };

  const runSaveKey = async () => {
    const result = await saveKeyFile({});
    if (result.data) setSavedKey(result.data);
  };

  return (
    <>
      <ListPage
        title={t('screenTitle')}
        subtitle={t('subtitle')}
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              startIcon={<KeyOutlinedIcon />}
              onClick={() => void runSaveKey()}
              disabled={savingKey}
              title={t('saveKeyHint')}
            >
              {t('saveKey')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<VerifiedOutlinedIcon />}
              onClick={() => void runVerify()}
              disabled={verifying}
            >
              {verifying ? t('checking') : t('verify')}
            </Button>
          </Stack>
        }
        aside={
          <>
            <ErrorAlert error={saveKeyError} />
            {savedKey && (
              <Alert severity="info" onClose={() => setSavedKey(null)} sx={{ mb: 1.5 }} role="status">
                {savedKey.created
                  ? t('keySaved', { file: savedKey.file })
                  : t('keyAlreadyThere', { file: savedKey.file })}
              </Alert>
            )}
            {verification && (
              <Alert
                severity={verification.ok ? 'success' : 'error'}
                onClose={() => setVerification(null)}
                sx={{ mb: 1.5 }}
                role="status"
              >
                {verificationText(verification)}
              </Alert>
            )}
          </>
        }
        filters={
          <>
            <DateRangeFilter
              from={{ label: t('from'), ...filters.bind('from') }}
              to={{ label: t('to'), ...filters.bind('to') }}
            />
            <FilterSelect
              label={t('user')}
              {...filters.bind('user')}
              options={(users ?? []).map((user) => ({ value: String(user.id), label: user.displayName }))}
              anyLabel={t('anyone')}
              width={180}
            />
            <FilterSelect
              label={t('recordType')}
              {...filters.bind('entityType')}
              options={(facets?.entityTypes ?? []).map((type) => ({
                value: type,
                label: entityTypeLabel(type),
              }))}
              width={190}
            />
            <FilterSelect
              label={t('action')}
              {...filters.bind('action')}
              options={(facets?.actions ?? []).map((action) => ({
                value: action,
                label: auditActionLabel(action),
              }))}
              width={190}
            />
            <TextField
              label={t('recordId')}
              value={values.entityId ?? ''}
              onChange={(event) => setFilter({ entityId: event.target.value.trim() })}
              sx={{ width: 150 }}
              fullWidth={false}
            />
          </>
        }
        {...filters.frame}
        error={error}
      >
        <ListGrid
          id="audit"
          label={t('entries')}
          columns={columns}
          rows={data?.rows ?? []}
          rowCount={data?.total ?? 0}
          loading={isFetching}
          gridProps={{
            paginationMode: 'server',
            paginationModel: pagination,
            onPaginationModelChange: setPagination,
            pageSizeOptions: [25, 50, 100],
            disableColumnSorting: true,
            onRowClick: ({ row }) => setSelected(row),
            onCellKeyDown: ({ row }, event) => {
              if (event.key === 'Enter') setSelected(row);
            },
          }}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          empty={<EmptyState title={t('noEntries')} />}
        />
      </ListPage>
      <Drawer
        anchor="right"
        open={!!selected}
        onClose={() => setSelected(null)}
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
      >
        {selected && (
          <Box sx={{ width: 520, p: 3 }} role="dialog" aria-label={t('entryLabel', { id: selected.id })}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="h6" component="h2">
                {t('entryTitle', {
                  id: selected.id,
                  what: auditActionLabel(selected.action, selected.entityType),
                })}
              </Typography>
              <IconButton aria-label={text('common', 'close')} onClick={() => setSelected(null)}>
                <CloseIcon />
              </IconButton>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {formatDateTime(selected.at)} · {selected.userName} ({selected.username}) · {recordOf(selected)}{' '}
              · {t('entryThrough', { channel: channelWords(selected.channel) })}
            </Typography>
            <Divider sx={{ mb: 2 }} />
            {selected.redacted ? (
              <Alert severity="info">{t('redactedEntry', { reason: selected.redacted })}</Alert>
            ) : (
              <ChangeDiff before={selected.before} after={selected.after} labels={selected.labels} />
            )}
          </Box>
        )}
      </Drawer>
    </>
  );
}
