import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { type ReactElement, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  type AgreementDeadline,
  agreementSortFields,
  type AgreementSummary,
  type DueFilter,
  dueFilters,
} from '../../../shared/agreements/contract';
import {
  agreementStatuses,
  agreementStatusLabels,
  basisFilters,
  checklistFilterLabels,
  checklistFilters,
  companyRoles,
  directionLabels,
  transferBasisShort,
} from '../../../shared/agreements/rules';
import { countryName, isCountryCode } from '../../../shared/countries';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { CountrySelect } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QuickFilters } from '../../components/QuickFilters';
import { saveFile } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { gridAddress, rowLinks } from '../../lib/gridAddress';
import { useSearchState } from '../../lib/useSearchState';
import { AgreementDialog, emptyAgreementForm } from './AgreementDialog';
import {
  AlertChips,
  ChecklistMeter,
  DirectionChip,
  SpecialCategoryChips,
  NoticeHoursChip,
  StatusChip,
  TransferFlagChip,
} from './agreementUi';
import { useAgreementDeadlinesQuery, useAgreementsQuery, useExportAgreementsMutation } from './agreementsApi';

const filterKeys = [
  'q',
  'direction',
  'status',
  'checklist',
  'due',
  'country',
  'basis',
  'sort',
  'order',
  'page',
  'size',
  'new',
  'organisation',
] as const;

const dueLabels: Record<DueFilter, string> = {
  any: 'Anything due',
  'review-soon': 'Review within 30 days',
  'review-overdue': 'Review overdue',
  expiring: 'Expiring within 60 days',
  'expired-active': 'Expired, still active',
};

const basisLabels: Record<(typeof basisFilters)[number], string> = {
  ...transferBasisShort,
  adequacy: 'Adequacy decision',
  scc: 'Standard contractual clauses',
  bcr: 'Binding corporate rules',
  derogation: 'Art. 49 derogation',
  flagged: 'Lacking a valid basis',
};

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** Reviews, expiry and objection windows coming up, from the same query the dashboard and reminders use. */
function DuePanel({
  today,
  items,
  loaded,
  onShowAll,
}: {
  today: string | undefined;
  items: readonly AgreementDeadline[];
  loaded: boolean;
  onShowAll: () => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, 6);
  return (
    <Card sx={{ mb: 2 }} component="section" aria-label="What is due">
      <CardHeader
        title={`What is due${items.length > 0 ? ` (${items.length})` : ''}`}
        subheader={
          today
            ? `As of ${formatDate(today)}: reviews within 30 days or past, expiry within 60 days, objection windows closing within 14 days, objections not resolved.`
            : undefined
        }
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        action={
          items.length > 6 && (
            <Stack direction="row" spacing={1} sx={{ mr: 1, mt: 1 }}>
              <Button size="small" onClick={onShowAll}>
                Filter the register
              </Button>
              <Button size="small" onClick={() => setExpanded(!expanded)}>
                {expanded ? 'Show fewer' : `Show all ${items.length}`}
              </Button>
            </Stack>
          )
        }
        sx={{ pb: 1 }}
      />
      <CardContent sx={{ pt: 0, '&:last-child': { pb: 1.5 } }}>
        {loaded && items.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            Nothing is due: no review within 30 days, no expiry within 60 days, no objection window closing.
          </Typography>
        )}
        <List
          dense
          disablePadding
          aria-label="Due items"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' },
            columnGap: 3,
          }}
        >
          {shown.map((item) => (
            <ListItem key={item.key} disableGutters divider alignItems="flex-start">
              <ListItemText
                primary={
                  <Link
                    component={RouterLink}
                    to={`/registers/agreements/${item.agreementId}${item.noticeId ? '?tab=subprocessors' : ''}`}
                  >
                    {item.reference} {item.title}
                  </Link>
                }
                secondary={
                  <>
                    <Typography
                      variant="caption"
                      component="span"
                      color={item.daysLeft < 0 ? 'error' : 'text.secondary'}
                      sx={{ display: 'block', fontWeight: item.daysLeft < 0 ? 600 : 400 }}
                    >
                      {item.summary}
                    </Typography>
                    <Typography variant="caption" component="span" color="text.secondary">
                      {item.organisationName}
                    </Typography>
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

export function AgreementsPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const [filters, setFilters] = useSearchState(filterKeys);
  const [creating, setCreating] = useState(false);
  const [exportAgreements, { isLoading: exporting }] = useExportAgreementsMutation();
  const { data: due } = useAgreementDeadlinesQuery({});

  const grid = gridAddress(filters, setFilters, {
    sorts: agreementSortFields,
    defaultSort: 'nextReviewOn',
    defaultDirection: 'asc',
    directionKey: 'order',
  });
  const { sort, direction } = grid;
  const filter = {
    q: filters.q,
    companyRole: oneOf(companyRoles, filters.direction),
    status: oneOf(agreementStatuses, filters.status),
    checklist: oneOf(checklistFilters, filters.checklist),
    due: oneOf(dueFilters, filters.due),
    country: filters.country && isCountryCode(filters.country) ? filters.country : undefined,
    basis: oneOf(basisFilters, filters.basis),
  };
  const { data, isFetching, error } = useAgreementsQuery({
    ...filter,
    sort,
    direction,
    page: grid.page,
    pageSize: grid.pageSize,
  });
  const setFilter = (patch: Parameters<typeof setFilters>[0]) => setFilters({ ...patch, page: null });
  const filtered = Object.values(filter).some((value) => value !== undefined && value !== '');
  const newDirection = oneOf(companyRoles, filters.new);
  const dialogOpen = creating || !!newDirection;

  const columns = useMemo<GridColDef<AgreementSummary>[]>(
    () => [
      { field: 'reference', headerName: 'Reference', width: 120 },
      {
        field: 'title',
        headerName: 'Agreement',
        flex: 1,
        minWidth: 240,
        renderCell: ({ row }) => (
          <Box sx={{ lineHeight: 1.3, py: 0.75, minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {row.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {row.organisation.name}
            </Typography>
            <SpecialCategoryChips categories={row.specialCategories.slice(0, 1)} />
          </Box>
        ),
      },
      {
        field: 'organisation',
        headerName: 'Direction',
        width: 104,
        sortable: false,
        renderCell: ({ row }) => <DirectionChip role={row.companyRole} />,
      },
      {
        field: 'status',
        headerName: 'Status',
        width: 170,
        renderCell: ({ row }) => (
          <Stack justifyContent="center" alignItems="flex-start" sx={{ height: '100%' }}>
            <StatusChip status={row.status} recordedStatus={row.recordedStatus} />
            {row.noticeHoursFlag && <NoticeHoursChip />}
          </Stack>
        ),
      },
      {
        field: 'completeness',
        headerName: 'Art. 28(3)',
        width: 150,
        renderCell: ({ row }) => <ChecklistMeter summary={row.checklist} compact />,
      },
      {
        field: 'countries',
        headerName: 'Outside the EEA',
        width: 210,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <Typography variant="body2">
              {row.countries.length === 0 ? '—' : row.countries.map(countryName).join(', ')}
            </Typography>
            {row.bases.length > 0 && (
              <Typography variant="caption" color="text.secondary">
                {row.bases.map((basis) => transferBasisShort[basis]).join(', ')}
              </Typography>
            )}
            {row.transferFlag && <TransferFlagChip />}
          </Box>
        ),
      },
      {
        field: 'nextReviewOn',
        headerName: 'Next review',
        width: 190,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <Typography variant="body2">{formatDate(row.nextReviewOn) || '—'}</Typography>
            <AlertChips alerts={row.alerts} />
          </Box>
        ),
      },
      {
        field: 'expiryOn',
        headerName: 'Expires',
        width: 100,
        valueFormatter: (value: string | null) => formatDate(value) || 'Open-ended',
      },
    ],
    [],
  );

  const runExport = async (format: 'csv' | 'xlsx') => {
    const result = await exportAgreements({ format, ...filter });
    if ('data' in result && result.data) saveFile(result.data);
    else if ('error' in result && result.error)
      dispatch(notice((result.error as { message: string }).message, 'error'));
  };

  const count = (kinds: string[]) => due?.items.filter((item) => kinds.includes(item.kind)).length;
  const quick: Array<{
    label: string;
    active: boolean;
    count?: number;
    icon: ReactElement;
    color: 'error' | 'warning' | 'primary';
    apply: Parameters<typeof setFilters>[0];
  }> = [
    {
      label: 'Review overdue',
      active: filter.due === 'review-overdue',
      count: count(['review-overdue']),
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { due: filter.due === 'review-overdue' ? null : 'review-overdue' },
    },
    {
      label: 'Review within 30 days',
      active: filter.due === 'review-soon',
      count: count(['review-due']),
      icon: <ScheduleIcon />,
      color: 'warning',
      apply: { due: filter.due === 'review-soon' ? null : 'review-soon' },
    },
    {
      label: 'Expiring within 60 days',
      active: filter.due === 'expiring',
      count: count(['expiring']),
      icon: <EventBusyOutlinedIcon />,
      color: 'warning',
      apply: { due: filter.due === 'expiring' ? null : 'expiring' },
    },
    {
      label: 'Expired, still active',
      active: filter.due === 'expired-active',
      count: count(['expired-active']),
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { due: filter.due === 'expired-active' ? null : 'expired-active' },
    },
    {
      label: 'With gaps',
      active: filter.checklist === 'gaps',
      icon: <FactCheckOutlinedIcon />,
      color: 'error',
      apply: { checklist: filter.checklist === 'gaps' ? null : 'gaps' },
    },
    {
      label: 'Transfer basis lacking',
      active: filter.basis === 'flagged',
      icon: <PublicOffOutlinedIcon />,
      color: 'error',
      apply: { basis: filter.basis === 'flagged' ? null : 'flagged' },
    },
  ];

  return (
    <>
      <PageHeader
        title="Data processing agreements"
        subtitle="Both directions: suppliers who process data for us (we are controller), and customers we process data for (we are processor). Each agreement is checked against every item of Art. 28(3)."
        actions={
          <>
            <ExportButtons
              onExport={(format) => void runExport(format)}
              disabled={exporting}
              formats={['xlsx', 'csv']}
            />
            {isAdmin && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
                New agreement
              </Button>
            )}
          </>
        }
      />
      <QuickFilters
        items={quick.map((item) => ({
          key: item.label,
          label: item.label,
          icon: item.icon,
          count: item.count,
          color: item.color,
          active: item.active,
          onPick: () => setFilter(item.apply),
        }))}
      />
      <ErrorAlert error={error} />
      <DuePanel
        today={due?.today}
        items={due?.items ?? []}
        loaded={!!due}
        onShowAll={() => setFilter({ due: 'any' })}
      />
      <Box>
        <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }}>
          <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }} role="search">
            <TextField
              label="Search title, reference, organisation"
              value={filters.q ?? ''}
              onChange={(event) => setFilter({ q: event.target.value })}
              sx={{ width: 280 }}
              fullWidth={false}
            />
            <TextField
              select
              label="Direction"
              value={filter.companyRole ?? ''}
              onChange={(event) => setFilter({ direction: event.target.value })}
              sx={{ width: 140 }}
              fullWidth={false}
            >
              <MenuItem value="">Both</MenuItem>
              {companyRoles.map((role) => (
                <MenuItem key={role} value={role}>
                  {directionLabels[role]}s
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="Status"
              value={filter.status ?? ''}
              onChange={(event) => setFilter({ status: event.target.value })}
              sx={{ width: 150 }}
              fullWidth={false}
            >
              <MenuItem value="">Any</MenuItem>
              {agreementStatuses.map((status) => (
                <MenuItem key={status} value={status}>
                  {agreementStatusLabels[status]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="Checklist"
              value={filter.checklist ?? ''}
              onChange={(event) => setFilter({ checklist: event.target.value })}
              sx={{ width: 210 }}
              fullWidth={false}
            >
              <MenuItem value="">Any</MenuItem>
              {checklistFilters.map((value) => (
                <MenuItem key={value} value={value}>
                  {checklistFilterLabels[value]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label="Due"
              value={filter.due ?? ''}
              onChange={(event) => setFilter({ due: event.target.value })}
              sx={{ width: 200 }}
              fullWidth={false}
            >
              <MenuItem value="">Any time</MenuItem>
              {dueFilters.map((value) => (
                <MenuItem key={value} value={value}>
                  {dueLabels[value]}
                </MenuItem>
              ))}
            </TextField>
            <Box sx={{ width: 220 }}>
              <CountrySelect
                label="Country"
                value={filter.country ?? null}
                onChange={(country) => setFilter({ country })}
              />
            </Box>
            <TextField
              select
              label="Transfer basis"
              value={filter.basis ?? ''}
              onChange={(event) => setFilter({ basis: event.target.value })}
              sx={{ width: 220 }}
              fullWidth={false}
            >
              <MenuItem value="">Any</MenuItem>
              {basisFilters.map((value) => (
                <MenuItem key={value} value={value}>
                  {basisLabels[value]}
                </MenuItem>
              ))}
            </TextField>
            <Button
              startIcon={<FilterAltOffOutlinedIcon />}
              disabled={!filtered}
              onClick={() =>
                setFilter({
                  q: null,
                  direction: null,
                  status: null,
                  checklist: null,
                  due: null,
                  country: null,
                  basis: null,
                })
              }
            >
              Clear filters
            </Button>
          </Stack>
          <Box sx={{ height: 'calc(100vh - 440px)', minHeight: 400 }}>
            <DataGrid
              rows={data?.rows ?? []}
              rowCount={data?.total ?? 0}
              columns={columns}
              loading={isFetching}
              getRowHeight={() => 'auto'}
              {...grid.gridProps}
              disableColumnFilter
              {...rowLinks(navigate, (row: AgreementSummary) => `/registers/agreements/${row.id}`)}
              aria-label="Agreements"
              sx={{
                border: 0,
                '& .MuiDataGrid-row': { cursor: 'pointer' },
                '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
              }}
              slots={{
                noRowsOverlay: () => (
                  <EmptyState
                    title={filtered ? 'No agreement matches these filters' : 'No agreements registered yet'}
                    icon={<HandshakeOutlinedIcon fontSize="inherit" />}
                  >
                    {filtered
                      ? 'Clear the filters to see the whole register.'
                      : isAdmin
                        ? 'Register the agreements with your suppliers and customers with “New agreement”.'
                        : 'An administrator registers the agreements.'}
                  </EmptyState>
                ),
              }}
            />
          </Box>
        </Paper>
      </Box>
      {dialogOpen && (
        <AgreementDialog
          detail={null}
          initial={
            newDirection ? emptyAgreementForm(newDirection, Number(filters.organisation) || null) : undefined
          }
          onClose={() => {
            setCreating(false);
            if (newDirection) setFilters({ new: null, organisation: null });
          }}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`/registers/agreements/${id}`);
          }}
        />
      )}
    </>
  );
}
