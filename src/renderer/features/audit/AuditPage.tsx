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
import { useState } from 'react';
import type { AuditEntry, AuditVerification } from '../../../shared/audit/contract';
import { ChangeDiff } from '../../components/ChangeDiff';
import { EmptyState } from '../../components/EmptyState';
import { CellText } from '../../components/list/CellText';
import { FilterSelect } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { auditActionLabel, channelWords, entityTypeLabel } from '../../lib/auditWords';
import { formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { CalendarDateField } from '../../components/CalendarDateField';
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

const columns: ListColumn<AuditEntry>[] = [
  { field: 'id', headerName: '#', width: 80, priority: 3 },
  {
    field: 'at',
    headerName: 'When',
    width: 150,
    valueFormatter: (value: string) => formatDateTime(value),
  },
  {
    field: 'userName',
    headerName: 'Who',
    width: 170,
    renderCell: ({ row }) => <CellText primary={row.userName} />,
  },
  {
    field: 'action',
    headerName: 'What',
    width: 190,
    renderCell: ({ row }) => (
      <Chip size="small" label={auditActionLabel(row.action, row.entityType)} variant="outlined" />
    ),
  },
  {
    field: 'record',
    headerName: 'Record',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => <CellText primary={recordOf(row)} />,
  },
  {
    field: 'channel',
    headerName: 'Through',
    width: 230,
    priority: 1,
    valueGetter: (value: string) => channelWords(value),
  },
];

/** The audit log: every change and every read of personal data, in words, with its chain check. */
function verificationText(result: AuditVerification): string {
  if (!result.ok)
    return result.firstBadId === null
      ? `The audit log does not pass the check: ${result.reason}.`
      : `The audit chain is broken at entry ${result.firstBadId}: ${result.reason}. Entries before it (${result.entries}) are intact.`;
  const redacted =
    result.redacted > 0
      ? ` The before/after copies of ${result.redacted} were removed: ${result.redactions.map((group) => `${group.entries} ${group.reason}`).join(', ')}.`
      : '';
  return `The audit chain is intact: all ${result.entries} entries match their hashes, and its end matches the record kept outside the database.${redacted}`;
}

export function AuditPage() {
  const [filters, setFilters] = useSearchState(filterKeys);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
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
    from: filters.from,
    to: filters.to,
    userId: filters.user ? Number(filters.user) : undefined,
    entityType: filters.entityType,
    action: filters.action,
    entityId: filters.entityId,
  });

  const setFilter = (patch: Parameters<typeof setFilters>[0]) => {
    setFilters(patch);
    setPagination((current) => ({ ...current, page: 0 }));
  };

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
        title="Audit log"
        subtitle="Every change and every read of personal data, with who did it and when. Entries are chained with a keyed hash whose key and last entry are kept outside the database: no one can alter, remove or cut off an entry without the check below finding it. The before/after copies are kept apart, so an erasure or the retention purge can remove them and the chain still holds."
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              startIcon={<KeyOutlinedIcon />}
              onClick={() => void runSaveKey()}
              disabled={savingKey}
              title="Writes the chain's key to audit.key in the data folder, readable only by you, so that the command-line tool can check and write the log"
            >
              Save the key for the command-line tool
            </Button>
            <Button
              variant="outlined"
              startIcon={<VerifiedOutlinedIcon />}
              onClick={() => void runVerify()}
              disabled={verifying}
            >
              {verifying ? 'Checking…' : 'Verify the chain'}
            </Button>
          </Stack>
        }
        aside={
          <>
            <ErrorAlert error={saveKeyError} />
            {savedKey && (
              <Alert severity="info" onClose={() => setSavedKey(null)} sx={{ mb: 1.5 }} role="status">
                {savedKey.created
                  ? `The key is saved in ${savedKey.file}, readable only by you. Keep it as safe as the database: whoever holds both can rewrite the log.`
                  : `${savedKey.file} already holds this key.`}
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
            <CalendarDateField
              label="From"
              value={filters.from ?? null}
              onChange={(from) => setFilter({ from })}
              width={160}
            />
            <CalendarDateField
              label="To"
              value={filters.to ?? null}
              onChange={(to) => setFilter({ to })}
              width={160}
            />
            <FilterSelect
              label="User"
              value={filters.user}
              options={(users ?? []).map((user) => ({ value: String(user.id), label: user.displayName }))}
              onChange={(user) => setFilter({ user })}
              anyLabel="Anyone"
              width={180}
            />
            <FilterSelect
              label="Record type"
              value={filters.entityType}
              options={(facets?.entityTypes ?? []).map((type) => ({
                value: type,
                label: entityTypeLabel(type),
              }))}
              onChange={(entityType) => setFilter({ entityType })}
              width={190}
            />
            <FilterSelect
              label="Action"
              value={filters.action}
              options={(facets?.actions ?? []).map((action) => ({
                value: action,
                label: auditActionLabel(action),
              }))}
              onChange={(action) => setFilter({ action })}
              width={190}
            />
            <TextField
              label="Record id"
              value={filters.entityId ?? ''}
              onChange={(event) => setFilter({ entityId: event.target.value.trim() })}
              sx={{ width: 120 }}
              fullWidth={false}
            />
          </>
        }
        filtered={Object.keys(filters).length > 0}
        onClear={() =>
          setFilter({ from: null, to: null, user: null, entityType: null, action: null, entityId: null })
        }
        error={error}
      >
        <ListGrid
          id="audit"
          label="Audit entries"
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
          empty={<EmptyState title="No entries match these filters" />}
        />
      </ListPage>
      <Drawer
        anchor="right"
        open={!!selected}
        onClose={() => setSelected(null)}
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
      >
        {selected && (
          <Box sx={{ width: 520, p: 3 }} role="dialog" aria-label={`Audit entry ${selected.id}`}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="h6" component="h2">
                Entry #{selected.id}: {auditActionLabel(selected.action, selected.entityType)}
              </Typography>
              <IconButton aria-label="Close" onClick={() => setSelected(null)}>
                <CloseIcon />
              </IconButton>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {formatDateTime(selected.at)} · {selected.userName} ({selected.username}) · {recordOf(selected)}{' '}
              · through {channelWords(selected.channel)}
            </Typography>
            <Divider sx={{ mb: 2 }} />
            {selected.redacted ? (
              <Alert severity="info">
                The before/after copies of this entry were removed ({selected.redacted}). The entry and the
                hash of what it held stay in the chain.
              </Alert>
            ) : (
              <ChangeDiff before={selected.before} after={selected.after} labels={selected.labels} />
            )}
          </Box>
        )}
      </Drawer>
    </>
  );
}
