import { Button } from '@mui/material';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import { selectCurrentUser, useAppSelector } from '../../app/store';
import { useT } from '../../i18n';
import { AccessReportDialog } from './AccessReportDialog';

/** "Make access report" on an access or portability case, for its handlers (the DPO and administrators). */
export function AccessReportButtonForCase({ detail }: { detail: CaseDetail }) {
  const t = useT('people');
  const [open, setOpen] = useState(false);
  const user = useAppSelector(selectCurrentUser);
  const handles = user?.roles.some((role) => role === 'dpo' || role === 'admin') ?? false;
  const asks = detail.types.some((type) => type === 'access' || type === 'portability');
  if (!handles || !asks) return null;
  return (
    <>
      <Button startIcon={<PersonSearchOutlinedIcon />} onClick={() => setOpen(true)}>
        {t('makeForCase')}
      </Button>
      {open && (
        <AccessReportDialog
          caseId={detail.id}
          caseNumber={detail.number}
          person={detail.person}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
