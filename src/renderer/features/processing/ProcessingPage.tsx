import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Chip,
  FormControlLabel,
  Paper,
  Stack,
  Switch,
  TextField,
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
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../../../shared/countries';
import type { ActivitySummary } from '../../../shared/processing/contract';
import type { ActivityRole } from '../../../shared/processing/rules';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
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

  const columns = useMemo<GridColDef<ActivitySummary>[]>(
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
        valueGetter: (_value, row) => row.customer?.name ?? '',
      },
      {
        field: 'countries',
        headerName: 'Outside the EEA',
        width: 140,
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

  return (
    <>
      <PageHeader
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
      />
      <ErrorAlert error={error} />
      {data && data.uncovered.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
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
      )}
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} sx={{ mb: 1.5 }} alignItems="center" role="search">
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
          <TextField
            label="Search name, purpose or customer"
            value={filters.q ?? ''}
            onChange={(event) => setFilters({ q: event.target.value })}
            sx={{ maxWidth: 340 }}
          />
          <FormControlLabel
            control={
              <Switch
                checked={includeArchived}
                onChange={(event) => setFilters({ archived: event.target.checked ? '1' : null })}
              />
            }
            label="Show archived"
          />
        </Stack>
        <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 360 }}>
          <DataGrid
            rows={data?.rows ?? []}
            columns={columns}
            loading={isLoading}
            onRowClick={({ row }) => void navigate(`/registers/processing/${row.id}`)}
            sx={{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
            slots={{
              noRowsOverlay: () => (
                <EmptyState
                  title={filters.q ? 'No processing matches the search' : 'No processing recorded'}
                />
              ),
            }}
          />
        </Box>
      </Paper>
      {adding && <ActivityDialog detail={null} onClose={() => setAdding(false)} />}
    </>
  );
}
