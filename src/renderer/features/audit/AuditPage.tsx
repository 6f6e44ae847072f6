import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  Drawer,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import VerifiedOutlinedIcon from '@mui/icons-material/VerifiedOutlined';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useMemo, useState } from 'react';
import type { AuditEntry } from '../../../shared/audit/contract';
import type { AuditVerification } from '../../../shared/audit/contract';
import { ChangeDiff } from '../../components/ChangeDiff';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useSearchState } from '../../lib/useSearchState';
import { useListUsersQuery } from '../users/usersApi';
import {
  useAuditEntriesQuery,
  useAuditFacetsQuery,
  useSaveAuditKeyFileMutation,
  useVerifyAuditMutation,
} from './auditApi';

const filterKeys = ['from', 'to', 'user', 'entityType', 'action', 'entityId'] as const;

function DateFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value?: string;
  onChange: (v: string | null) => void;
}) {
  return (
    <DatePicker
      label={label}
      value={value ? parseISO(value) : null}
      onChange={(date) => onChange(date && isValid(date) ? format(date, 'yyyy-MM-dd') : null)}
      slotProps={{ textField: { size: 'small', sx: { width: 160 } }, field: { clearable: true } }}
    />
  );
}

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
  const query = {
    page: pagination.page,
    pageSize: pagination.pageSize,
    from: filters.from,
    to: filters.to,
    userId: filters.user ? Number(filters.user) : undefined,
    entityType: filters.entityType,
    action: filters.action,
    entityId: filters.entityId,
  };
  const { data, isFetching, error } = useAuditEntriesQuery(query);

  const setFilter = (patch: Parameters<typeof setFilters>[0]) => {
    setFilters(patch);
    setPagination((current) => ({ ...current, page: 0 }));
  };

  const columns = useMemo<GridColDef<AuditEntry>[]>(
    () => [
      { field: 'id', headerName: '#', width: 80 },
      {
        field: 'at',
        headerName: 'When',
        width: 150,
        valueFormatter: (value: string) => formatDateTime(value),
      },
      { field: 'username', headerName: 'Who', width: 150 },
      {
        field: 'action',
        headerName: 'What',
        width: 160,
        renderCell: ({ value }) => <Chip size="small" label={String(value)} variant="outlined" />,
      },
      { field: 'entityType', headerName: 'Record type', width: 140 },
      { field: 'entityId', headerName: 'Record', width: 100 },
      { field: 'channel', headerName: 'Through', flex: 1, minWidth: 160 },
    ],
    [],
  );

  const runVerify = async () => {
    const result = await verify({});
    if ('data' in result && result.data) setVerification(result.data);
  };

  const runSaveKey = async () => {
    const result = await saveKeyFile({});
    if ('data' in result && result.data) setSavedKey(result.data);
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle="Every change and every read of personal data, with who did it and when. Entries are chained with a keyed hash whose key and last entry are kept outside the database: no one can alter, remove or cut off an entry without the check below finding it. The before/after copies are kept apart, so an erasure or the retention purge can remove them and the chain still holds."
        actions={
          <Stack direction="row" spacing={1}>
            <Button
              startIcon={<KeyOutlinedIcon />}
              onClick={runSaveKey}
              disabled={savingKey}
              title="Writes the chain's key to audit.key in the data folder, readable only by you, so that the command-line tool can check and write the log"
            >
              Save the key for the command-line tool
            </Button>
            <Button
              variant="outlined"
              startIcon={<VerifiedOutlinedIcon />}
              onClick={runVerify}
              disabled={verifying}
            >
              {verifying ? 'Checking…' : 'Verify the chain'}
            </Button>
          </Stack>
        }
      />
      <ErrorAlert error={saveKeyError} />
      {savedKey && (
        <Alert severity="info" onClose={() => setSavedKey(null)} sx={{ mb: 2 }} role="status">
          {savedKey.created
            ? `The key is saved in ${savedKey.file}, readable only by you. Keep it as safe as the database: whoever holds both can rewrite the log.`
            : `${savedKey.file} already holds this key.`}
        </Alert>
      )}
      {verification && (
        <Alert
          severity={verification.ok ? 'success' : 'error'}
          onClose={() => setVerification(null)}
          sx={{ mb: 2 }}
          role="status"
        >
          {verificationText(verification)}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }} role="search">
          <DateFilter label="From" value={filters.from} onChange={(from) => setFilter({ from })} />
          <DateFilter label="To" value={filters.to} onChange={(to) => setFilter({ to })} />
          <TextField
            select
            label="User"
            value={filters.user ?? ''}
            onChange={(event) => setFilter({ user: event.target.value })}
            sx={{ width: 180 }}
            fullWidth={false}
          >
            <MenuItem value="">Anyone</MenuItem>
            {(users ?? []).map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Record type"
            value={filters.entityType ?? ''}
            onChange={(event) => setFilter({ entityType: event.target.value })}
            sx={{ width: 170 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {(facets?.entityTypes ?? []).map((type) => (
              <MenuItem key={type} value={type}>
                {type}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Action"
            value={filters.action ?? ''}
            onChange={(event) => setFilter({ action: event.target.value })}
            sx={{ width: 170 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {(facets?.actions ?? []).map((action) => (
              <MenuItem key={action} value={action}>
                {action}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Record id"
            value={filters.entityId ?? ''}
            onChange={(event) => setFilter({ entityId: event.target.value.trim() })}
            sx={{ width: 120 }}
            fullWidth={false}
          />
          <Button
            startIcon={<FilterAltOffOutlinedIcon />}
            onClick={() =>
              setFilter({ from: null, to: null, user: null, entityType: null, action: null, entityId: null })
            }
            disabled={Object.keys(filters).length === 0}
          >
            Clear filters
          </Button>
        </Stack>
        <Box sx={{ height: 'calc(100vh - 300px)', minHeight: 360 }}>
          <DataGrid
            rows={data?.rows ?? []}
            rowCount={data?.total ?? 0}
            columns={columns}
            loading={isFetching}
            paginationMode="server"
            paginationModel={pagination}
            onPaginationModelChange={setPagination}
            pageSizeOptions={[25, 50, 100]}
            disableColumnFilter
            disableColumnSorting
            onRowClick={({ row }) => setSelected(row)}
            sx={{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
            slots={{ noRowsOverlay: () => <EmptyState title="No entries match these filters" /> }}
          />
        </Box>
      </Paper>
      <Drawer
        anchor="right"
        open={!!selected}
        onClose={() => setSelected(null)}
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
      >
        {selected && (
          <Box sx={{ width: 520, p: 3 }} role="dialog" aria-label={`Audit entry ${selected.id}`}>
            <Stack direction="row" justifyContent="space-between" alignItems="center">
              <Typography variant="h6">Entry #{selected.id}</Typography>
              <IconButton aria-label="Close" onClick={() => setSelected(null)}>
                <CloseIcon />
              </IconButton>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {formatDateTime(selected.at)} · {selected.username} · {selected.action} {selected.entityType}
              {selected.entityId ? ` ${selected.entityId}` : ''} · through {selected.channel}
            </Typography>
            <Divider sx={{ mb: 2 }} />
            {selected.redacted ? (
              <Alert severity="info">
                The before/after copies of this entry were removed ({selected.redacted}). The entry and the
                hash of what it held stay in the chain.
              </Alert>
            ) : (
              <ChangeDiff before={selected.before} after={selected.after} />
            )}
          </Box>
        )}
      </Drawer>
    </>
  );
}
