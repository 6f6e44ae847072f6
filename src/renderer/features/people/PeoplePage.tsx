import { PageHeader } from '../../components/PageHeader';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { useSearchState } from '../../lib/useSearchState';
import { AccessReportButton } from './AccessReportButton';
import { PersonSelector } from './PersonSelector';
import { selectionChanged } from './selection';

const text = {
  title: 'People',
  subtitle:
    'Find one person across inquiries (deleted ones too), cases, breaches, contact persons, attached files and the audit log: by name, e-mail address, phone number (with or without spaces and +47) or customer reference. Tick the records that are theirs and search again with other spellings: the selection is what the access report covers. Every search is recorded in the audit log.',
};

/**
 * Work → People: one person across every record, for an access or erasure request. The search is
 * run when asked for (each one is audited), and kept in the address so Back returns to it; the
 * selection is kept in the store while the DPO opens a record and comes back.
 */
export function PeoplePage() {
  const dispatch = useAppDispatch();
  const [params, setParams] = useSearchState(['q'] as const);
  const selected = useAppSelector((state) => state.personSelection.records);
  return (
    <>
      <PageHeader title={text.title} subtitle={text.subtitle} />
      <PersonSelector
        query={params.q ?? ''}
        onSearch={(query) => setParams({ q: query || null })}
        selected={selected}
        onChange={(next) => dispatch(selectionChanged(next))}
        actions={<AccessReportButton selected={selected} />}
        autoFocus
      />
    </>
  );
}
