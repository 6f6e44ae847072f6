import { Button } from '@mui/material';
import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import { useState } from 'react';
import type { PersonSelection, PersonSelectionItem } from '../../../shared/people/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { EraseDialog } from './EraseDialog';
import { peopleApi } from '../people/peopleApi';

/**
 * "Erase the person's data…" on an open erasure case: finds the case's person by each of their
 * spellings (e-mail address, phone number, name), then opens the erasure preview for what was found;
 * the case records the result on its timeline.
 */
export function CaseEraseButton({
  caseId,
  caseNumber,
  spellings,
}: {
  caseId: number;
  caseNumber: string;
  spellings: Array<string | null>;
}) {
  const t = useT('erasure');
  const [find, found] = peopleApi.endpoints.findPerson.useLazyQuery();
  const [selection, setSelection] = useState<PersonSelection | null>(null);
  const start = async () => {
    const queries = [
      ...new Set(spellings.filter((text): text is string => !!text && text.trim().length >= 2)),
    ];
    const items = new Map<string, PersonSelectionItem>();
    for (const query of queries) {
      const result = await find({ query });
      for (const group of result.data?.groups ?? [])
        for (const item of group.items)
          items.set(`${item.kind}:${item.id}`, { kind: item.kind, id: item.id });
    }
    setSelection({ items: [...items.values()], queries });
  };
  return (
    <>
      <Button
        color="error"
        startIcon={<DeleteForeverOutlinedIcon />}
        onClick={() => void start()}
        disabled={found.isFetching}
      >
        {t('eraseCaseButton')}
      </Button>
      <ErrorAlert error={found.error} />
      {selection && (
        <EraseDialog
          open
          selection={selection}
          erasureCase={{ id: caseId, number: caseNumber }}
          onClose={() => setSelection(null)}
        />
      )}
    </>
  );
}
