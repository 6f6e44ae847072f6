import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { followUpFilters, inquirySortFields, type InquirySummary } from '../../../shared/inquiries/contract';
import {
  inquiryCategories,
  inquiryCategoryLabels,
  inquiryChannelLabels,
  inquiryChannels,
  inquiryStatuses,
  inquiryStatusLabels,
} from '../../../shared/inquiries/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { saveFile } from '../../lib/download';
import { formatDate, formatDateTime } from '../../lib/format';
import { gridAddress, rowLinks } from '../../lib/gridAddress';
import { useSearchState } from '../../lib/useSearchState';
import { CalendarDateField } from '../cases/caseUi';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { useExportInquiriesMutation, useInquiriesQuery } from './inquiriesApi';
import { InquiryStatusChip } from './inquiryUi';

const filterKeys = [
  'q',
  'channel',
  'category',
  'status',
  'company',
  'agent',
  'from',
  'to',
  'followUp',
  'sort',
  'dir',
  'page',
  'size',
] as const;

const followUpLabels: Record<(typeof followUpFilters)[number], string> = {
  due: 'Follow-up due',
  today: 'Follow-up today',
  planned: 'Follow-up in the next 7 days',
};

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

const number = (value: string | undefined) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;

export function InquiriesPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const [filters, setFilters] = useSearchState(filterKeys);
  const { data: colleagues } = useColleaguesQuery({});
  const { data: organisations } = useOrganisationsQuery({});
  const [exportInquiries, { isLoading: exporting }] = useExportInquiriesMutation();

  const grid = gridAddress(filters, setFilters, {
    sorts: inquirySortFields,
    defaultSort: 'receivedAt',
    defaultDirection: 'desc',
  });
  const { sort, direction } = grid;
  const filter = {
    q: filters.q,
    channel: oneOf(inquiryChannels, filters.channel),
    category: oneOf(inquiryCategories, filters.category),
    status: oneOf([...inquiryStatuses, 'active'] as const, filters.status),
    onBehalfOfId: number(filters.company),
    assignedToId: number(filters.agent) || undefined,
    from: filters.from,
    to: filters.to,
    followUp: oneOf(followUpFilters, filters.followUp),
  };
  const { data, isFetching, error } = useInquiriesQuery({
    ...filter,
    sort,
    direction,
    page: grid.page,
    pageSize: grid.pageSize,
  });
  const setFilter = (patch: Parameters<typeof setFilters>[0]) => setFilters({ ...patch, page: null });
  const filtered = Object.keys(filters).some((key) => !['sort', 'dir', 'page', 'size'].includes(key));
  const customers = (organisations ?? []).filter((organisation) => organisation.isCustomer);

  const columns = useMemo<GridColDef<InquirySummary>[]>(
    () => [
      {
        field: 'receivedAt',
        headerName: 'Received',
        width: 150,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75 }}>
            <Typography variant="body2">{formatDateTime(row.receivedAt)}</Typography>
            <Typography variant="caption" color="text.secondary">
              {row.number} · {inquiryChannelLabels[row.channel]}
              {row.direction === 'outgoing' ? ' (out)' : ''}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'personName',
        headerName: 'Person',
        width: 200,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75, minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {row.personName ?? <em>No name given</em>}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {row.personPhone ?? row.personEmail ?? ''}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'summary',
        headerName: 'Summary',
        flex: 1,
        minWidth: 220,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75, minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {row.summary}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {row.onBehalfOf ? `For ${row.onBehalfOf.name}` : 'Our own company'}
            </Typography>
          </Box>
        ),
      },
      {
        field: 'category',
        headerName: 'Category',
        width: 160,
        valueFormatter: (value: InquirySummary['category']) => inquiryCategoryLabels[value],
      },
      {
        field: 'status',
        headerName: 'Status',
        width: 170,
        renderCell: ({ row }) => <InquiryStatusChip status={row.status} />,
      },
      {
        field: 'followUpOn',
        headerName: 'Follow-up',
        width: 110,
        renderCell: ({ row }) =>
          row.followUpOn ? (
            <Typography
              variant="body2"
              color={row.followUpDue ? 'error' : 'text.primary'}
              sx={{ fontWeight: row.followUpDue ? 600 : 400 }}
            >
              {formatDate(row.followUpOn)}
              {row.followUpDue ? ' (due)' : ''}
            </Typography>
          ) : (
            ''
          ),
      },
      {
        field: 'assignedTo',
        headerName: 'Agent',
        width: 140,
        sortable: false,
        valueGetter: (_value, row) => row.assignedTo.name,
      },
    ],
    [],
  );

  const runExport = async (format: 'csv' | 'xlsx') => {
    const result = await exportInquiries({ format, ...filter });
    if ('data' in result && result.data) saveFile(result.data);
    else if ('error' in result && result.error)
      dispatch(notice((result.error as { message: string }).message, 'error'));
  };

  const rowCountLabel = data?.capped ? 'more than 10,000' : undefined;

  return (
    <>
      <PageHeader
        title="Inquiries"
        subtitle="Every contact the office has logged. Search finds words in names, e-mail addresses, phone numbers, references, summaries and notes; the filters stay in the address, so Back returns to the same list."
        actions={
          <>
            <ExportButtons onExport={(format) => void runExport(format)} disabled={exporting} />
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/log')}>
              Log inquiry
            </Button>
          </>
        }
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }} role="search">
          <TextField
            label="Search"
            placeholder="Name, phone, e-mail, words of the notes"
            value={filters.q ?? ''}
            onChange={(event) => setFilter({ q: event.target.value })}
            sx={{ width: 300 }}
            fullWidth={false}
            type="search"
          />
          <TextField
            select
            label="Channel"
            value={filters.channel ?? ''}
            onChange={(event) => setFilter({ channel: event.target.value })}
            sx={{ width: 140 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {inquiryChannels.map((channel) => (
              <MenuItem key={channel} value={channel}>
                {inquiryChannelLabels[channel]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Category"
            value={filters.category ?? ''}
            onChange={(event) => setFilter({ category: event.target.value })}
            sx={{ width: 190 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {inquiryCategories.map((category) => (
              <MenuItem key={category} value={category}>
                {inquiryCategoryLabels[category]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Status"
            value={filters.status ?? ''}
            onChange={(event) => setFilter({ status: event.target.value })}
            sx={{ width: 190 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            <MenuItem value="active">Not closed</MenuItem>
            {inquiryStatuses.map((status) => (
              <MenuItem key={status} value={status}>
                {inquiryStatusLabels[status]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="On behalf of"
            value={filters.company ?? ''}
            onChange={(event) => setFilter({ company: event.target.value })}
            sx={{ width: 210 }}
            fullWidth={false}
          >
            <MenuItem value="">Anyone</MenuItem>
            <MenuItem value="0">Our own company</MenuItem>
            {customers.map((organisation) => (
              <MenuItem key={organisation.id} value={String(organisation.id)}>
                {organisation.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Agent"
            value={filters.agent ?? ''}
            onChange={(event) => setFilter({ agent: event.target.value })}
            sx={{ width: 170 }}
            fullWidth={false}
          >
            <MenuItem value="">Anyone</MenuItem>
            {(colleagues ?? []).map((user) => (
              <MenuItem key={user.id} value={String(user.id)}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
          <CalendarDateField
            label="Received from"
            value={filters.from ?? null}
            onChange={(from) => setFilter({ from })}
            width={170}
          />
          <CalendarDateField
            label="Received to"
            value={filters.to ?? null}
            onChange={(to) => setFilter({ to })}
            width={170}
          />
          <TextField
            select
            label="Follow-up"
            value={filters.followUp ?? ''}
            onChange={(event) => setFilter({ followUp: event.target.value })}
            sx={{ width: 230 }}
            fullWidth={false}
          >
            <MenuItem value="">Any</MenuItem>
            {followUpFilters.map((value) => (
              <MenuItem key={value} value={value}>
                {followUpLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <Button
            startIcon={<FilterAltOffOutlinedIcon />}
            disabled={!filtered}
            onClick={() =>
              setFilter({
                q: null,
                channel: null,
                category: null,
                status: null,
                company: null,
                agent: null,
                from: null,
                to: null,
                followUp: null,
              })
            }
          >
            Clear filters
          </Button>
        </Stack>
        {data?.capped && (
          <Chip
            size="small"
            sx={{ mb: 1 }}
            label="More than 10,000 inquiries match: narrow the filters or search to count them exactly."
          />
        )}
        {data?.notice && (
          <Chip
            size="small"
            sx={{ mb: 1, height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }}
            label={data.notice}
          />
        )}
        <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 420 }}>
          <DataGrid
            rows={data?.rows ?? []}
            rowCount={data?.total ?? 0}
            columns={columns}
            loading={isFetching}
            getRowHeight={() => 'auto'}
            {...grid.gridProps}
            disableColumnFilter
            localeText={
              rowCountLabel
                ? {
                    paginationDisplayedRows: ({ from, to }) => `${from}–${to} of ${rowCountLabel}`,
                  }
                : undefined
            }
            {...rowLinks(navigate, (row: InquirySummary) => `/inquiries/${row.id}`)}
            aria-label="Inquiries"
            sx={{
              border: 0,
              '& .MuiDataGrid-row': { cursor: 'pointer' },
              '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
            }}
            slots={{
              noRowsOverlay: () => (
                <EmptyState title={filtered ? 'No inquiry matches these filters' : 'No inquiries yet'}>
                  {filtered
                    ? 'Clear the filters or search for fewer words.'
                    : 'Log the first contact with “Log inquiry” or Ctrl+N.'}
                </EmptyState>
              ),
            }}
          />
        </Box>
      </Paper>
    </>
  );
}
