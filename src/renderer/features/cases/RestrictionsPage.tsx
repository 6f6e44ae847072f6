import { Paper, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useSearchState } from '../../lib/useSearchState';
import { useCaseCountsQuery, useRestrictionsQuery } from './casesApi';
import { RestrictionTable } from './RestrictionsPanel';

/** Every restriction in force, and on request the lifted ones: who, what, since when, and why. */
export function RestrictionsPage() {
  const [filters, setFilters] = useSearchState(['status'] as const);
  const status = filters.status === 'lifted' || filters.status === 'all' ? filters.status : 'active';
  const { data, error, isLoading } = useRestrictionsQuery({ status });
  // Today as the core sees it (the dates a person may pick end there).
  const today = useCaseCountsQuery({}).data?.today ?? '';
  return (
    <>
      <PageHeader
        title="Restrictions"
        subtitle="Processing restricted at a person's request (Art. 18) or kept instead of erased (Art. 17(3)): stored, and not otherwise used."
      />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={status}
          onChange={(_event, value: string | null) =>
            value && setFilters({ status: value === 'active' ? null : value })
          }
          aria-label="Which restrictions"
          sx={{ mb: 1.5 }}
        >
          <ToggleButton value="active">Active</ToggleButton>
          <ToggleButton value="lifted">Lifted</ToggleButton>
          <ToggleButton value="all">All</ToggleButton>
        </ToggleButtonGroup>
        {!isLoading && data && data.length === 0 ? (
          <EmptyState title={status === 'active' ? 'No processing is restricted' : 'No restrictions'}>
            Restrictions are recorded on the case that asked for them.
          </EmptyState>
        ) : (
          <RestrictionTable restrictions={data ?? []} today={today} showCase />
        )}
      </Paper>
    </>
  );
}
