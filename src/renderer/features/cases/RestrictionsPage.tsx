import { Paper, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useT } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useSearchState } from '../../lib/useSearchState';
import { useCaseCountsQuery, useRestrictionsQuery } from './casesApi';
import { KeptRecords } from '../erasure/KeptRecords';
import { RestrictionTable } from './RestrictionsPanel';

/** Every restriction in force, and on request the lifted ones: who, what, since when, and why. */
export function RestrictionsPage() {
  const t = useT('cases');
  const [filters, setFilters] = useSearchState(['status'] as const);
  const status = filters.status === 'lifted' || filters.status === 'all' ? filters.status : 'active';
  const { data, error, isLoading } = useRestrictionsQuery({ status });
  // Today as the core sees it (the dates a person may pick end there).
  const today = useCaseCountsQuery({}).data?.today ?? '';
  return (
    <>
      <PageHeader title={t('restrictions')} subtitle={t('restrictionsSubtitle')} />
      <ErrorAlert error={error} />
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={status}
          onChange={(_event, value: string | null) =>
            value && setFilters({ status: value === 'active' ? null : value })
          }
          aria-label={t('whichRestrictions')}
          sx={{ mb: 1.5 }}
        >
          <ToggleButton value="active">{t('active')}</ToggleButton>
          <ToggleButton value="lifted">{t('lifted')}</ToggleButton>
          <ToggleButton value="all">{t('all')}</ToggleButton>
        </ToggleButtonGroup>
        {!isLoading && data && data.length === 0 ? (
          <EmptyState title={status === 'active' ? t('noneRestricted') : t('noRestrictions')}>
            {t('restrictionsRecordedOnCase')}
          </EmptyState>
        ) : (
          <RestrictionTable restrictions={data ?? []} today={today} showCase />
        )}
      </Paper>
      <KeptRecords status={status} />
    </>
  );
}
