import {
  Box,
  Button,
  Chip,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../../../shared/countries';
import type { Organisation } from '../../../shared/organisations/contract';
import { formatOrgNumber } from '../../../shared/organisations/org-number';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { TransferStatusChip } from '../../components/CountrySelect';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useSearchState } from '../../lib/useSearchState';
import { OrganisationDialog } from './OrganisationDialog';
import { useOrganisationsQuery } from './organisationsApi';

const filterKeys = ['q', 'kind', 'inactive'] as const;

export function RelationshipChips({ organisation }: { organisation: Organisation }) {
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" sx={{ height: '100%' }}>
      {organisation.isCustomer && <Chip size="small" label="Customer" color="primary" variant="outlined" />}
      {organisation.isSupplier && <Chip size="small" label="Supplier" color="secondary" variant="outlined" />}
      {!organisation.active && <Chip size="small" label="Inactive" />}
    </Stack>
  );
}

export function OrganisationsPage() {
  const navigate = useNavigate();
  const isAdmin = useAppSelector(selectCurrentUser)?.roles.includes('admin') ?? false;
  const [filters, setFilters] = useSearchState(filterKeys);
  const [adding, setAdding] = useState(false);
  const kind = filters.kind === 'customer' || filters.kind === 'supplier' ? filters.kind : undefined;
  const { data, isLoading, error } = useOrganisationsQuery({
    kind,
    includeInactive: filters.inactive === '1',
  });

  const rows = useMemo(() => {
    const needle = (filters.q ?? '').toLowerCase();
    return (data ?? []).filter(
      (organisation) =>
        !needle ||
        [
          organisation.name,
          organisation.orgNumber ?? '',
          countryName(organisation.country),
          organisation.services ?? '',
        ]
          .join(' ')
          .toLowerCase()
          .includes(needle),
    );
  }, [data, filters.q]);

  const columns = useMemo<GridColDef<Organisation>[]>(
    () => [
      { field: 'name', headerName: 'Name', flex: 1.2, minWidth: 200 },
      {
        field: 'orgNumber',
        headerName: 'Org. number',
        width: 140,
        valueFormatter: (value: string | null, row) =>
          value && row.country === 'NO' ? formatOrgNumber(value) : (value ?? ''),
      },
      {
        field: 'country',
        headerName: 'Country',
        width: 230,
        renderCell: ({ row }) => (
          <Stack direction="row" spacing={1} alignItems="center" sx={{ height: '100%' }}>
            <span>{countryName(row.country)}</span>
            <TransferStatusChip country={row.country} />
          </Stack>
        ),
      },
      {
        field: 'relationship',
        headerName: 'Relationship',
        width: 190,
        sortable: false,
        renderCell: ({ row }) => <RelationshipChips organisation={row} />,
      },
      { field: 'privacyContactEmail', headerName: 'Privacy contact', flex: 1, minWidth: 200 },
    ],
    [],
  );

  return (
    <>
      <PageHeader
        title="Customers and suppliers"
        subtitle="The companies we process personal data for, and the suppliers who process personal data for us."
        actions={
          isAdmin && (
            <Button
              variant="contained"
              startIcon={<AddBusinessOutlinedIcon />}
              onClick={() => setAdding(true)}
            >
              Add organisation
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={1.5} sx={{ mb: 1.5 }} alignItems="center" role="search">
          <TextField
            label="Search name, number, country or services"
            value={filters.q ?? ''}
            onChange={(event) => setFilters({ q: event.target.value })}
            sx={{ maxWidth: 380 }}
          />
          <TextField
            select
            label="Relationship"
            value={filters.kind ?? ''}
            onChange={(event) => setFilters({ kind: event.target.value })}
            sx={{ width: 180 }}
            fullWidth={false}
          >
            <MenuItem value="">All</MenuItem>
            <MenuItem value="customer">Customers</MenuItem>
            <MenuItem value="supplier">Suppliers</MenuItem>
          </TextField>
          <FormControlLabel
            control={
              <Switch
                checked={filters.inactive === '1'}
                onChange={(event) => setFilters({ inactive: event.target.checked ? '1' : null })}
              />
            }
            label="Show inactive"
          />
        </Stack>
        <Box sx={{ height: 'calc(100vh - 280px)', minHeight: 360 }}>
          <DataGrid
            rows={rows}
            columns={columns}
            loading={isLoading}
            onRowClick={({ row }) => void navigate(`/registers/organisations/${row.id}`)}
            initialState={{ sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
            sx={{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
            slots={{
              noRowsOverlay: () => (
                <EmptyState
                  title={filters.q ? 'No organisation matches the search' : 'No customers or suppliers yet'}
                >
                  {isAdmin && !filters.q
                    ? 'Add the companies you work for and the suppliers you use.'
                    : undefined}
                </EmptyState>
              ),
            }}
          />
        </Box>
      </Paper>
      {adding && <OrganisationDialog organisation={null} onClose={() => setAdding(false)} />}
    </>
  );
}
