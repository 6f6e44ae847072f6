import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { type ReactElement, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
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
import { countryName } from '../../../shared/countries';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { CountrySelect } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { formatDate } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { useSearchState } from '../../lib/useSearchState';
import { AgreementDialog } from './AgreementDialog';
import { emptyAgreementForm } from './agreementForm';
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
import { DuePanel } from './DuePanel';

const keys = ['q', 'direction', 'status', 'checklist', 'due', 'country', 'basis'] as const;
const openingKeys = ['new', 'organisation'] as const;

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

export function AgreementsPage() {
  const navigate = useNavigate();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const list = useListPage({
    channel: 'agreements.list',
    keys,
    fields: { direction: 'companyRole' },
    sorts: agreementSortFields,
    defaultSort: 'nextReviewOn',
    defaultDirection: 'asc',
    directionKey: 'order',
  });
  const { values, setFilter } = list;
  // Opening the new-agreement dialog from an organisation's page: not a filter of the list.
  const [opening, setOpening] = useSearchState(openingKeys);
  const [creating, setCreating] = useState(false);
  const [exportAgreements, { isLoading: exporting }] = useExportAgreementsMutation();
  const { data: due } = useAgreementDeadlinesQuery({});
  const { data, isFetching, error } = useAgreementsQuery(list.request);
  const newDirection = companyRoles.find((role) => role === opening.new);
  const dialogOpen = creating || !!newDirection;

  const columns = useMemo<ListColumn<AgreementSummary>[]>(
    () => [
      { field: 'reference', headerName: 'Reference', width: 110 },
      {
        field: 'title',
        headerName: 'Agreement',
        flex: 1,
        minWidth: 200,
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
        priority: 4,
        sortable: false,
        renderCell: ({ row }) => <DirectionChip role={row.companyRole} />,
      },
      {
        field: 'status',
        headerName: 'Status',
        width: 150,
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
        width: 130,
        priority: 3,
        renderCell: ({ row }) => <ChecklistMeter summary={row.checklist} compact />,
      },
      {
        field: 'countries',
        headerName: 'Outside the EEA',
        width: 180,
        priority: 2,
        sortable: false,
        renderCell: ({ row }) => (
          <Box sx={{ py: 0.75 }}>
            <Typography variant="body2" noWrap>
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
        width: 170,
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
        priority: 5,
        valueFormatter: (value: string | null) => formatDate(value) || 'Open-ended',
      },
    ],
    [],
  );

  const count = (kinds: string[]) => due?.items.filter((item) => kinds.includes(item.kind)).length;
  const quick: Array<{
    label: string;
    active: boolean;
    count?: number;
    icon: ReactElement;
    color: 'error' | 'warning' | 'primary';
    apply: Parameters<typeof setFilter>[0];
  }> = [
    {
      label: 'Review overdue',
      active: values.due === 'review-overdue',
      count: count(['review-overdue']),
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { due: values.due === 'review-overdue' ? null : 'review-overdue' },
    },
    {
      label: 'Review within 30 days',
      active: values.due === 'review-soon',
      count: count(['review-due']),
      icon: <ScheduleIcon />,
      color: 'warning',
      apply: { due: values.due === 'review-soon' ? null : 'review-soon' },
    },
    {
      label: 'Expiring within 60 days',
      active: values.due === 'expiring',
      count: count(['expiring']),
      icon: <EventBusyOutlinedIcon />,
      color: 'warning',
      apply: { due: values.due === 'expiring' ? null : 'expiring' },
    },
    {
      label: 'Expired, still active',
      active: values.due === 'expired-active',
      count: count(['expired-active']),
      icon: <ErrorOutlineIcon />,
      color: 'error',
      apply: { due: values.due === 'expired-active' ? null : 'expired-active' },
    },
    {
      label: 'With gaps',
      active: values.checklist === 'gaps',
      icon: <FactCheckOutlinedIcon />,
      color: 'error',
      apply: { checklist: values.checklist === 'gaps' ? null : 'gaps' },
    },
    {
      label: 'Transfer basis lacking',
      active: values.basis === 'flagged',
      icon: <PublicOffOutlinedIcon />,
      color: 'error',
      apply: { basis: values.basis === 'flagged' ? null : 'flagged' },
    },
  ];

  const moreSet = (['status', 'country', 'basis'] as const).filter((key) => values[key]).length;

  return (
    <>
      <ListPage
        title="Data processing agreements"
        subtitle="Both directions: suppliers who process data for us (we are controller), and customers we process data for (we are processor). Each agreement is checked against every item of Art. 28(3)."
        actions={
          <>
            <ExportButtons
              onExport={(format) => void list.exportWith(exportAgreements)(format)}
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
        quickFilters={quick.map((item) => ({
          key: item.label,
          label: item.label,
          icon: item.icon,
          count: item.count,
          color: item.color,
          active: item.active,
          onPick: () => setFilter(item.apply),
        }))}
        aside={
          <DuePanel
            today={due?.today}
            items={due?.items ?? []}
            loaded={!!due}
            onShowAll={() => setFilter({ due: 'any' })}
          />
        }
        search={
          <SearchField
            label="Search title, reference, organisation"
            value={values.q}
            onSearch={(q) => setFilter({ q })}
          />
        }
        filters={
          <>
            <FilterSelect
              label="Direction"
              value={values.direction}
              options={companyRoles.map((role) => ({ value: role, label: `${directionLabels[role]}s` }))}
              onChange={(direction) => setFilter({ direction })}
              anyLabel="Both"
              width={140}
            />
            <FilterSelect
              label="Checklist"
              value={values.checklist}
              options={optionsOf(checklistFilters, checklistFilterLabels)}
              onChange={(checklist) => setFilter({ checklist })}
              width={210}
            />
            <FilterSelect
              label="Due"
              value={values.due}
              options={optionsOf(dueFilters, dueLabels)}
              onChange={(due) => setFilter({ due })}
              anyLabel="Any time"
              width={200}
            />
          </>
        }
        moreFilters={
          <>
            <FilterSelect
              label="Status"
              value={values.status}
              options={optionsOf(agreementStatuses, agreementStatusLabels)}
              onChange={(status) => setFilter({ status })}
              width={150}
            />
            <Box sx={{ width: 220 }}>
              <CountrySelect
                label="Country"
                value={list.filter.country ?? null}
                onChange={(country) => setFilter({ country })}
              />
            </Box>
            <FilterSelect
              label="Transfer basis"
              value={values.basis}
              options={optionsOf(basisFilters, basisLabels)}
              onChange={(basis) => setFilter({ basis })}
              width={220}
            />
          </>
        }
        moreFiltersSet={moreSet}
        filtered={list.filtered}
        onClear={list.clear}
        error={error}
      >
        <ListGrid
          id="agreements"
          label="Agreements"
          columns={columns}
          rows={data?.rows ?? []}
          rowCount={data?.total ?? 0}
          loading={isFetching}
          gridProps={list.grid.gridProps}
          rowPath={(row) => `/registers/agreements/${row.id}`}
          empty={
            <EmptyState
              title={list.filtered ? 'No agreement matches these filters' : 'No agreements registered yet'}
              icon={<HandshakeOutlinedIcon fontSize="inherit" />}
            >
              {list.filtered
                ? 'Clear the filters to see the whole register.'
                : isAdmin
                  ? 'Register the agreements with your suppliers and customers with “New agreement”.'
                  : 'An administrator registers the agreements.'}
            </EmptyState>
          }
        />
      </ListPage>
      {dialogOpen && (
        <AgreementDialog
          detail={null}
          initial={
            newDirection ? emptyAgreementForm(newDirection, Number(opening.organisation) || null) : undefined
          }
          onClose={() => {
            setCreating(false);
            if (newDirection) setOpening({ new: null, organisation: null });
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
