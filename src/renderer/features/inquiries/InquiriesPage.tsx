import { Button, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
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
import { EmptyState } from '../../components/EmptyState';
import { ExportButtons } from '../../components/ExportButtons';
import { CellText } from '../../components/list/CellText';
import { FilterSelect, optionsOf } from '../../components/list/FilterSelect';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListNotice } from '../../components/list/ListNotice';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { formatDate, formatDateTime } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useOrganisationsQuery } from '../organisations/organisationsApi';
import { useColleaguesQuery } from '../users/usersApi';
import { useExportInquiriesMutation, useInquiriesQuery } from './inquiriesApi';
import { InquiryStatusChip } from './inquiryUi';
import { RestrictedChip } from '../../components/RestrictedChip';

const keys = ['q', 'channel', 'category', 'status', 'company', 'agent', 'from', 'to', 'followUp'] as const;

const followUpLabels: Record<(typeof followUpFilters)[number], string> = {
  due: 'Follow-up due',
  today: 'Follow-up today',
  planned: 'Follow-up in the next 7 days',
};

const statusOptions = [
  { value: 'active', label: 'Not closed' },
  ...optionsOf(inquiryStatuses, inquiryStatusLabels),
];

const columns: ListColumn<InquirySummary>[] = [
  {
    field: 'receivedAt',
    headerName: 'Received',
    width: 150,
    renderCell: ({ row }) => (
      <CellText
        primary={formatDateTime(row.receivedAt)}
        secondary={`${row.number} · ${inquiryChannelLabels[row.channel]}${row.direction === 'outgoing' ? ' (out)' : ''}`}
      />
    ),
  },
  {
    field: 'personName',
    headerName: 'Person',
    width: 190,
    renderCell: ({ row }) => (
      <CellText
        primary={row.personName ?? <em>No name given</em>}
        secondary={row.personPhone ?? row.personEmail ?? ''}
      />
    ),
  },
  {
    field: 'summary',
    headerName: 'Summary',
    flex: 1,
    minWidth: 220,
    sortable: false,
    renderCell: ({ row }) => (
      <CellText
        primary={row.summary}
        secondary={row.onBehalfOf ? `For ${row.onBehalfOf.name}` : 'Our own company'}
      />
    ),
  },
  {
    field: 'category',
    headerName: 'Category',
    width: 160,
    priority: 2,
    valueFormatter: (value: InquirySummary['category']) => inquiryCategoryLabels[value],
  },
  {
    field: 'status',
    headerName: 'Status',
    width: 170,
    renderCell: ({ row }) => (
      <>
        <InquiryStatusChip status={row.status} />
        <RestrictedChip restricted={row.restricted} />
      </>
    ),
  },
  {
    field: 'followUpOn',
    headerName: 'Follow-up',
    width: 120,
    priority: 1,
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
];

export function InquiriesPage() {
  const navigate = useNavigate();
  const list = useListPage({
    channel: 'inquiries.list',
    keys,
    fields: { company: 'onBehalfOfId', agent: 'assignedToId' },
    sorts: inquirySortFields,
    defaultSort: 'receivedAt',
    defaultDirection: 'desc',
  });
  const { values, setFilter } = list;
  const { data: colleagues } = useColleaguesQuery({});
  const { data: organisations } = useOrganisationsQuery({});
  const [exportInquiries, { isLoading: exporting }] = useExportInquiriesMutation();
  const { data, isFetching, error } = useInquiriesQuery(list.request);

  const customers = useMemo(
    () => [
      { value: '0', label: 'Our own company' },
      ...(organisations ?? [])
        .filter((organisation) => organisation.isCustomer)
        .map((organisation) => ({ value: String(organisation.id), label: organisation.name })),
    ],
    [organisations],
  );
  const agents = (colleagues ?? []).map((user) => ({ value: String(user.id), label: user.displayName }));
  const moreSet = (['company', 'agent', 'from', 'to'] as const).filter((key) => values[key]).length;

  return (
    <ListPage
      title="Inquiries"
      subtitle="Every contact the office has logged. Search finds words in names, e-mail addresses, phone numbers, references, summaries and notes; the filters stay in the address, so Back returns to the same list."
      actions={
        <>
          <ExportButtons
            onExport={(format) => void list.exportWith(exportInquiries)(format)}
            disabled={exporting}
          />
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/log')}>
            Log inquiry
          </Button>
        </>
      }
      search={
        <SearchField
          value={values.q}
          onSearch={(q) => setFilter({ q })}
          placeholder="Name, phone, e-mail, words of the notes"
          width={300}
        />
      }
      filters={
        <>
          <FilterSelect
            label="Channel"
            value={values.channel}
            options={optionsOf(inquiryChannels, inquiryChannelLabels)}
            onChange={(channel) => setFilter({ channel })}
            width={140}
          />
          <FilterSelect
            label="Category"
            value={values.category}
            options={optionsOf(inquiryCategories, inquiryCategoryLabels)}
            onChange={(category) => setFilter({ category })}
            width={190}
          />
          <FilterSelect
            label="Status"
            value={values.status}
            options={statusOptions}
            onChange={(status) => setFilter({ status })}
            width={170}
          />
          <FilterSelect
            label="Follow-up"
            value={values.followUp}
            options={optionsOf(followUpFilters, followUpLabels)}
            onChange={(followUp) => setFilter({ followUp })}
            width={200}
          />
        </>
      }
      moreFilters={
        <>
          <FilterSelect
            label="On behalf of"
            value={values.company}
            options={customers}
            onChange={(company) => setFilter({ company })}
            anyLabel="Anyone"
            width={210}
          />
          <FilterSelect
            label="Agent"
            value={values.agent}
            options={agents}
            onChange={(agent) => setFilter({ agent })}
            anyLabel="Anyone"
            width={170}
          />
          <CalendarDateField
            label="Received from"
            value={values.from ?? null}
            onChange={(from) => setFilter({ from })}
            width={170}
          />
          <CalendarDateField
            label="Received to"
            value={values.to ?? null}
            onChange={(to) => setFilter({ to })}
            width={170}
          />
        </>
      }
      moreFiltersSet={moreSet}
      filtered={list.filtered}
      onClear={list.clear}
      error={error}
      notice={
        (data?.capped || data?.notice) && (
          <>
            {data.capped && (
              <Chip
                size="small"
                sx={{ mb: 1, alignSelf: 'flex-start' }}
                label="More than 10,000 inquiries match: narrow the filters or search to count them exactly."
              />
            )}
            {data.notice && <ListNotice text={data.notice} />}
          </>
        )
      }
    >
      <ListGrid
        id="inquiries"
        label="Inquiries"
        columns={columns}
        rows={data?.rows ?? []}
        rowCount={data?.total ?? 0}
        loading={isFetching}
        gridProps={list.grid.gridProps}
        rowPath={(row) => `/inquiries/${row.id}`}
        countLabel={data?.capped ? 'more than 10,000' : undefined}
        empty={
          <EmptyState title={list.filtered ? 'No inquiry matches these filters' : 'No inquiries yet'}>
            {list.filtered
              ? 'Clear the filters or search for fewer words.'
              : 'Log the first contact with “Log inquiry” or Ctrl+N.'}
          </EmptyState>
        }
      />
    </ListPage>
  );
}
