import { Alert, Link, MenuItem, TextField } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { CaseDetail } from '../../../shared/cases/contract';
import { useT } from '../../i18n';
import { useMatchedOn } from './caseUi';
import { useAssignCaseMutation } from './casesApi';
import { useHandlers } from './useHandlers';
import { useRun } from './useRun';

/** Who handles the case, chosen in the header among the DPOs and administrators. */
export function HandlerSelect({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const run = useRun();
  const handlers = useHandlers();
  const [assign] = useAssignCaseMutation();
  const open = detail.state === 'open';
  return (
    <TextField
      select
      label={t('handler')}
      value={detail.handler ? String(detail.handler.id) : ''}
      disabled={!open}
      onChange={(event) =>
        void run(
          assign({ id: detail.id, handlerId: event.target.value ? Number(event.target.value) : null }),
          t('handlerChanged'),
        )
      }
      sx={{ width: 180 }}
      fullWidth={false}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      {/* "Yet" only while the case can still get one. */}
      <MenuItem value="">{open ? t('nobodyYet') : t('none')}</MenuItem>
      {handlers.map((user) => (
        <MenuItem key={user.id} value={String(user.id)}>
          {user.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Another open case of the same person, and the inquiries the case came from or was linked to. */
export function CaseLinks({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const matched = useMatchedOn();
  return (
    <>
      {detail.duplicates.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('anotherOpenCase')}{' '}
          {detail.duplicates.map((dup, index) => (
            <span key={dup.id}>
              {index > 0 && ', '}
              <Link component={RouterLink} to={`/cases/${dup.id}`}>
                {dup.number}
              </Link>{' '}
              {t('sameMatched', { matched: matched(dup.matchedOn) })}
            </span>
          ))}
          {t('verifiedOnItsOwn')}
        </Alert>
      )}
      {detail.inquiries.length > 0 && (
        <Alert severity="info" icon={false} sx={{ mb: 2 }} aria-label={t('linkedInquiries')}>
          {detail.inquiries.map((inquiry, index) => (
            <span key={inquiry.id}>
              {index > 0 && ' · '}
              {inquiry.openedFrom ? t('openedFrom') : t('linked')}{' '}
              <Link component={RouterLink} to={`/inquiries/${inquiry.id}`}>
                {inquiry.number}
              </Link>{' '}
              “{inquiry.summary}”
            </span>
          ))}
        </Alert>
      )}
    </>
  );
}
