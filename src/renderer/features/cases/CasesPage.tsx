import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { type ReactElement, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type CaseListInput,
  caseListStatuses,
  type CaseListStatus,
  caseSortFields,
  type CaseSummary,
} from '../../../shared/cases/contract';
import {
  capacities,
  priorities,
  priorityLabels,
  requestTypeInfo,
  requestTypes,
  type Capacity,
  type Priority,
  type RequestType,
} from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QuickFilters } from '../../components/QuickFilters';
import { saveFile } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { gridAddress, rowLinks } from '../../lib/gridAddress';
import { useSearchState } from '../../lib/useSearchState';
import { useColleaguesQuery } from '../users/usersApi';
import {
  CalendarDateField,
  daysLeftText,
  formatDue,
  StatusChips,
  TypeChips,
  VerificationLabel,
} from './caseUi';
import { useCaseCountsQuery, useCasesQuery, useExportCasesMutation } from './casesApi';
import { NewCaseDialog } from './NewCaseDialog';

const filterKeys = [
  'status',
  'type',
  'capacity',
  'handler',
  'priority',
  'dueFrom',
  'dueTo',
  'q',
  'sort',
  'dir',
  'page',
  'size',
] as const;

const statusLabels: Record<CaseListStatus, string> = {
  open: 'Open',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'extension-notice-needed': 'Extension notice needed',
  'to-forward': 'To forward to the customer',
  'awaiting-person': 'Awaiting the person',
  closed: 'Closed',
  'closed-late': 'Closed late',
  all: 'All cases',
};

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function CasesPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const [filters, setFilters] = useSearchState(filterKeys);
  const [creating, setCreating] = useState(false);
  const { data: colleagues } = useColleaguesQuery({});
  const { data: counts } = useCaseCountsQuery({});
  const [exportCases, { isLoading: exporting }] = useExportCasesMutation();

  const status = oneOf(caseListStatuses, filters.status) ?? 'open';
  const grid = gridAddress(filters, setFilters, {
    sorts: caseSortFields,
    defaultSort: 'dueDate',
    defaultDirection: 'asc',
  });
  const { sort, direction } = grid;
  const filter = {
    status,
    type: oneOf(requestTypes, filters.type),
    capacity: oneOf(capacities, filters.capacity),
    handlerId:
      filters.handler !== undefined && /^\d+$/.test(filters.handler) ? Number(filters.handler) : undefined,
    priority: oneOf(priorities, filters.priority),
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
    q: filters.q,
  } satisfies Partial<CaseListInput>;
  const { data, isFetching, error } = useCasesQuery({
    ...filter,
    sort,
    direction,
    page: grid.page,
    pageSize: grid.pageSize,
  });

  const setFilter = (patch: Parameters<typeof setFilters>[0]) => setFilters({ ...patch, page: null });
  const handlers = (colleagues ?? []).filter(
    (user) => user.roles.includes('dpo') || user.roles.includes('admin'),
  );
  const filtered = Object.keys(filters).some(
    (key) => !['sort', 'dir', 'page', 'size', 'status'].includes(key),
  );

  const columns = useMemo<GridColDef<CaseSummary>[]>(
    () => [
      { field: 'number', headerName: 'Case', width: 96 },
      {
        field: 'personName',
        headerName: 'Person',
        flex: 1,
        minWidth: 160,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75 }}>
            <Typography variant="body2">{row.personName}</Typography>
            <Typography variant="caption" color="text.secondary">
              {row.capacity === 'processor'
                ? `Processor for ${row.customerName ?? 'a customer'}`
                : 'Controller'}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'types',
        headerName: 'Request',
        width: 160,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <TypeChips types={row.types} />
          </Box>
        ),
      },
      {
        field: 'receivedDate',
        headerName: 'Received',
        width: 100,
        valueFormatter: (value: string) => formatDate(value),
      },
      {
        field: 'dueDate',
        headerName: 'Due',
        width: 140,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75 }}>
            <Typography
              variant="body2"
              sx={{ fontWeight: row.state === 'open' && row.daysLeft < 0 ? 600 : 400 }}
            >
              {formatDue(row.dueDate)}
            </Typography>
            <Typography
              variant="caption"
              color={row.state === 'open' && row.daysLeft < 0 ? 'error' : 'text.secondary'}
            >
              {row.state === 'open' ? daysLeftText(row.daysLeft) : 'closed'}
              {row.extended ? ' · extended' : ''}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'statuses',
        headerName: 'Status',
        width: 210,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <StatusChips
              statuses={row.statuses}
              state={row.state}
              outcome={row.outcome}
              closedLate={row.closedLate}
            />
          </Box>
        ),
      },
      {
        field: 'verification',
        headerName: 'Identity',
        width: 124,
        sortable: false,
        renderCell: ({ row }) => <VerificationLabel value={row.verification} />,
      },
      {
        field: 'handler',
        headerName: 'Handler',
        width: 130,
        valueGetter: (_value, row) => row.handler?.name ?? '',
        renderCell: ({ row }) =>
          row.handler?.name ?? (
            <Typography variant="body2" color="text.secondary" component="span">
              Nobody yet
            </Typography>
          ),
      },
      {
        field: 'priority',
        headerName: 'Priority',
        width: 96,
        valueFormatter: (value: Priority) => priorityLabels[value],
      },
    ],
    [],
  );

  const runExport = async (format: 'csv' | 'xlsx') => {
    const result = await exportCases({ format, ...filter });
    if ('data' in result && result.data) saveFile(result.data);
    else if ('error' in result && result.error)
      dispatch(notice((result.error as { message: string }).message, 'error'));
  };

  const quick: Array<{
    value: CaseListStatus;
    count?: number;
    icon: ReactElement;
    color: 'default' | 'error' | 'warning' | 'info';
  }> = [
    { value: 'open', count: counts?.open, icon: <FolderOpenOutlinedIcon />, color: 'default' },
    { value: 'overdue', count: counts?.overdue, icon: <ErrorOutlineIcon />, color: 'error' },
    { value: 'due-soon', count: counts?.dueSoon, icon: <ScheduleIcon />, color: 'warning' },
    {
      value: 'extension-notice-needed',
      count: counts?.extensionNoticeNeeded,
      icon: <EventBusyOutlinedIcon />,
      color: 'warning',
    },
    { value: 'awaiting-person', count: counts?.awaitingPerson, icon: <HourglassEmptyIcon />, color: 'info' },
  ];

  return (
    <>
      <PageHeader
        title="Cases"
        subtitle={`Rights requests from intake to a lawful reply. Due dates follow Art. 12(3): one month from the day of receipt, moved to the next Norwegian working day; "due soon" means ${counts?.dueSoonDays ?? 7} days or fewer.`}
        actions={
          <>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void runExport('xlsx')}
              disabled={exporting}
            >
              Export
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              New case
            </Button>
          </>
        }
      />
      <QuickFilters
        items={quick.map((item) => ({
          key: item.value,
          label: statusLabels[item.value],
          icon: item.icon,
          count: item.count,
          color: item.color,
          active: status === item.value,
          onPick: () => setFilter({ status: item.value === 'open' ? null : item.value }),
        }))}
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }} role="search">
          <TextField
            label="Search number, name, e-mail, phone"
            value={filters.q ?? ''}
            onChange={(event) => setFilter({ q: event.target.value })}
            sx={{ width: 280 }}
            fullWidth={false}
          />
          <TextField
            select
            label="Status"
            value={status}
            onChange={(event) =>
              setFilter({ status: event.target.value === 'open' ? null : event.target.value })
            }
            sx={{ width: 200 }}
            fullWidth={false}
          >
            {caseListStatuses.map((value) => (
              <MenuItem key={value} value={value}>
                {statusLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Request type"
            value={filters.type ?? ''}
            onChange={(event) => setFilter({ type: event.target.value })}
            sx={{ width: 180 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {requestTypes.map((type: RequestType) => (
              <MenuItem key={type} value={type}>
                {requestTypeInfo[type].label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Capacity"
            value={filters.capacity ?? ''}
            onChange={(event) => setFilter({ capacity: event.target.value })}
            sx={{ width: 170 }}
            fullWidth={false}
          >
            <MenuItem value="">Either</MenuItem>
            {capacities.map((capacity: Capacity) => (
              <MenuItem key={capacity} value={capacity}>
                {capacity === 'controller' ? 'Controller' : 'Processor'}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Handler"
            value={filters.handler ?? ''}
            onChange={(event) => setFilter({ handler: event.target.value })}
            sx={{ width: 170 }}
            fullWidth={false}
          >
            <MenuItem value="">Anyone</MenuItem>
            <MenuItem value="0">Nobody yet</MenuItem>
            {handlers.map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Priority"
            value={filters.priority ?? ''}
            onChange={(event) => setFilter({ priority: event.target.value })}
            sx={{ width: 130 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {priorities.map((priority) => (
              <MenuItem key={priority} value={priority}>
                {priorityLabels[priority]}
              </MenuItem>
            ))}
          </TextField>
          <CalendarDateField
            label="Due from"
            value={filters.dueFrom ?? null}
            onChange={(dueFrom) => setFilter({ dueFrom })}
            width={160}
          />
          <CalendarDateField
            label="Due to"
            value={filters.dueTo ?? null}
            onChange={(dueTo) => setFilter({ dueTo })}
            width={160}
          />
          <Button
            startIcon={<FilterAltOffOutlinedIcon />}
            disabled={!filtered && status === 'open'}
            onClick={() =>
              setFilter({
                status: null,
                type: null,
                capacity: null,
                handler: null,
                priority: null,
                dueFrom: null,
                dueTo: null,
                q: null,
              })
            }
          >
            Clear filters
          </Button>
        </Stack>
        {data?.notice && (
          <Chip
            size="small"
            sx={{ mb: 1, height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }}
            label={data.notice}
          />
        )}
        <Box sx={{ height: 'calc(100vh - 340px)', minHeight: 420 }}>
          <DataGrid
            rows={data?.rows ?? []}
            rowCount={data?.total ?? 0}
            columns={columns}
            loading={isFetching}
            density="standard"
            getRowHeight={() => 'auto'}
            {...grid.gridProps}
            disableColumnFilter
            initialState={{ columns: { columnVisibilityModel: { priority: false } } }}
            {...rowLinks(navigate, (row: CaseSummary) => `/cases/${row.id}`)}
            getRowClassName={({ row }) =>
              row.state === 'open' && row.statuses.includes('overdue') ? 'case-overdue' : ''
            }
            aria-label="Cases"
            sx={{
              border: 0,
              '& .MuiDataGrid-row': { cursor: 'pointer' },
              '& .case-overdue': { bgcolor: 'rgba(179, 38, 30, 0.05)' },
              '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
            }}
            slots={{
              noRowsOverlay: () => (
                <EmptyState
                  title={filtered || status !== 'open' ? 'No case matches these filters' : 'No open cases'}
                >
                  {filtered || status !== 'open'
                    ? 'Clear the filters to see every open case.'
                    : 'When a rights request arrives, open a case with “New case”, or from the inquiry that logged it.'}
                </EmptyState>
              ),
            }}
          />
        </Box>
      </Paper>
      {creating && (
        <NewCaseDialog
          today={counts?.today}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/cases/${id}`);
          }}
        />
      )}
    </>
  );
}
