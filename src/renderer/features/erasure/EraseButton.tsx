import { Button } from '@mui/material';
import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import { useState } from 'react';
import type { PersonSelection } from '../../../shared/people/contract';
import { hasAnyRole } from '../../../shared/roles';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useT } from '../../i18n';
import { EraseDialog } from './EraseDialog';

/** "Erase…" for the records of one person (the DPO and administrators): opens the preview. */
export function EraseButton({ selection }: { selection: PersonSelection }) {
  const t = useT('erasure');
  const [open, setOpen] = useState(false);
  const user = useAppSelector(selectCurrentUser);
  if (!hasAnyRole(user?.roles ?? [], ['dpo', 'admin'])) return null;
  return (
    <>
      <Button
        color="error"
        startIcon={<DeleteForeverOutlinedIcon />}
        onClick={() => setOpen(true)}
        disabled={selection.items.length === 0}
      >
        {t('eraseButton')}
      </Button>
      {open && <EraseDialog open={open} selection={selection} onClose={() => setOpen(false)} />}
    </>
  );
}
