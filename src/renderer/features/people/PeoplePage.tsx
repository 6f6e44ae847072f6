import { PageHeader } from '../../components/PageHeader';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { useT } from '../../i18n';
import { useSearchState } from '../../lib/useSearchState';
import { EraseButton } from '../erasure/EraseButton';
import { AccessReportButton } from './AccessReportButton';
import { PersonSelector } from './PersonSelector';
import { selectionChanged, toPersonSelection } from './selection';

/**
 * Work → People: one person across every record, for an access or erasure request. The search is
 * run when asked for (each one is audited), and kept in the address so Back returns to it; the
 * selection is kept in the store while the DPO opens a record and comes back.
 */
export function PeoplePage() {
  const t = useT('people');
  const dispatch = useAppDispatch();
  const [params, setParams] = useSearchState(['q'] as const);
  const selected = useAppSelector((state) => state.personSelection.records);
  return (
    <>
      <PageHeader title={t('screenTitle')} subtitle={t('subtitle')} />
      <PersonSelector
        query={params.q ?? ''}
        onSearch={(query) => setParams({ q: query || null })}
        selected={selected}
        onChange={(next) => dispatch(selectionChanged(next))}
        actions={
          <>
            <AccessReportButton selected={selected} />
            <EraseButton selection={toPersonSelection(selected)} />
          </>
        }
        autoFocus
      />
    </>
  );
}
