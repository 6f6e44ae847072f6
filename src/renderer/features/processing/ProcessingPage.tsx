import {
  Alert,
  AlertTitle,
  Button,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../../../shared/countries';
import type { ActivitySummary } from '../../../shared/processing/contract';
import type { ActivityRole } from '../../../shared/processing/rules';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { type ListColumn, ListGrid } from '../../components/list/ListGrid';
import { ListPage } from '../../components/list/ListPage';
import { SearchField } from '../../components/list/SearchField';
import { saveFile } from '../../lib/download';
import { useSearchState } from '../../lib/useSearchState';
import { ActivityDialog } from './ActivityDialog';
import {
  useCreateActivityFromAgreementMutation,
  useExportProcessingMutation,
  useProcessingActivitiesQuery,
} from './processingApi';

const filterKeys = ['role', 'q', 'archived'] as const;

export function RoleChip({ role }: { role: ActivityRole }) {
  return role === 'controller' ? (
    <Chip size="small" label="Controller" color="primary" variant="outlined" />
  ) : (
    <Chip size="small" label="Processor" color="secondary" variant="outlined" />
  );
}

/** Complete, or what Art. 30 still asks for; a transfer without a valid basis is flagged too. */
export function CompletenessChips({
  row,
}: {
  row: Pick<ActivitySummary, 'missing' | 'transferFlag' | 'archived'>;
}) {
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" sx={{ height: '100%' }}>
      {row.archived && <Chip size="small" label="Archived" />}
      {row.missing.length === 0 ? (
        <Chip
          size="small"
          icon={<CheckCircleOutlineIcon />}
          color="success"
          variant="outlined"
          label="Complete"
        />
      ) : (
        <Tooltip title={row.missing.join('; ')}>
          <Chip
            size="small"
            icon={<ErrorOutlineIcon />}
            color="warning"
            label={`${row.missing.length} ${row.missing.length === 1 ? 'item' : 'items'} to record`}
          />
        </Tooltip>
      )}
      {row.transferFlag && (
        <Chip size="small" icon={<PublicOffOutlinedIcon />} color="error" label="Transfer basis" />
      )}
    </Stack>
  );
}

/** Registers → Processing activities: the record of Art. 30, as controller and for each customer. */
export function ProcessingPage() {
  const navigate = useNavigate();
  const dispatch = useAppDispatch();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const [filters, setFilters] = useSearchState(filterKeys);
  const role = filters.role === 'controller' || filters.role === 'processor' ? filters.role : undefined;
  const includeArchived = filters.archived === '1';
  const { data, error, isLoading } = useProcessingActivitiesQuery({
    role,
    q: filters.q || undefined,
    includeArchived,
  });
  const [exportRecord, { isLoading: exporting }] = useExportProcessingMutation();
  const [fromAgreement] = useCreateActivityFromAgreementMutation();
  const [adding, setAdding] = useState(false);

  const download = async (format: 'pdf' | 'xlsx') => {
    const result = await exportRecord({ format, includeArchived });
    if ('data' in result && result.data) saveFile(result.data);
    else dispatch(notice('The record could not be exported.', 'error'));
  };
  const createFrom = async (agreementId: number) => {
    const result = await fromAgreement({ agreementId });
    if ('data' in result && result.data) {
      dispatch(notice(`${result.data.reference} was created from the agreement.`));
      void navigate(`/registers/processing/${result.data.id}`);
    } else if ('error' in result)
      dispatch(notice((result.error as { message?: string }).message ?? 'It could not be created.', 'error'));
  };

  const columns = useMemo<ListColumn<ActivitySummary>[]>(
    () => [
      { field: 'reference', headerName: 'Ref.', width: 86 },
      { field: 'name', headerName: 'Processing', flex: 1.3, minWidth: 220 },
      {
        field: 'role',
        headerName: 'As',
        width: 110,
        renderCell: ({ row }) => (
          <Stack justifyContent="center" sx={{ height: '100%' }}>
            <RoleChip role={row.role} />
          </Stack>
        ),
      },
      {
        field: 'customer',
        headerName: 'Customer',
        flex: 0.8,
        minWidth: 150,
        priority: 1,
        valueGetter: (_value, row) => row.customer?.name ?? '',
      },
      {
        field: 'countries',
        headerName: 'Outside the EEA',
        width: 140,
        priority: 2,
        sortable: false,
        valueGetter: (_value, row) => row.countries.map(countryName).join(', '),
      },
      {
        field: 'missing',
        headerName: 'Record',
        width: 260,
        sortable: false,
        renderCell: ({ row }) => <CompletenessChips row={row} />,
      },
    ],
    [],
  );

  const uncovered = data && data.uncovered.length > 0 && (
    <Alert severity="warning" sx={{ mb: 1.5, flexShrink: 0, maxHeight: '30vh', overflowY: 'auto' }}>
      <AlertTitle>Customer agreements in force without a record as processor (Art. 30(2))</AlertTitle>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {data.uncovered.map((entry) => (
          <Stack
            component="li"
            key={entry.agreementId}
            direction="row"
            spacing={2}
            alignItems="center"
            flexWrap="wrap"
          >
            <Typography variant="body2">{`${entry.customer.name}: ${entry.reference} “${entry.title}”`}</Typography>
            {isAdmin && (
              <Button size="small" onClick={() => void createFrom(entry.agreementId)}>
                Create the record
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );

  return (
    <>
      <ListPage
        title="Processing activities"
        subtitle="The record of processing activities (Art. 30): what we do with personal data as controller, and for each customer as processor. Datatilsynet may ask for it at any time (Art. 30(4))."
        actions={
          <>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void download('pdf')}
              disabled={exporting}
            >
              PDF
            </Button>
            <Button
              startIcon={<FileDownloadOutlinedIcon />}
              onClick={() => void download('xlsx')}
              disabled={exporting}
            >
              XLSX
            </Button>
            {isAdmin && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
                Add a processing
              </Button>
            )}
          </>
        }
        aside={uncovered}
        search={
          <SearchField
            label="Search name, purpose or customer"
            value={filters.q}
            onSearch={(q) => setFilters({ q })}
            width={320}
          />
        }
        filters={
          <>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={role ?? 'all'}
              onChange={(_event, value: string | null) =>
                value && setFilters({ role: value === 'all' ? null : value })
              }
              aria-label="Whose processing"
            >
              <ToggleButton value="all">All</ToggleButton>
              <ToggleButton value="controller">As controller</ToggleButton>
              <ToggleButton value="processor">As processor</ToggleButton>
            </ToggleButtonGroup>
            <FormControlLabel
              control={
                <Switch
                  checked={includeArchived}
                  onChange={(event) => setFilters({ archived: event.target.checked ? '1' : null })}
                />
              }
              label="Show archived"
            />
          </>
        }
        filtered={Object.keys(filters).length > 0}
        onClear={() => setFilters({ role: null, q: null, archived: null })}
        error={error}
      >
        <ListGrid
          id="processing"
          label="Processing activities"
          columns={columns}
          rows={data?.rows ?? []}
          loading={isLoading}
          rowPath={(row) => `/registers/processing/${row.id}`}
          empty={
            <EmptyState title={filters.q ? 'No processing matches the search' : 'No processing recorded'} />
          }
        />
      </ListPage>
      {adding && <ActivityDialog detail={null} onClose={() => setAdding(false)} />}
    </>
  );
}
