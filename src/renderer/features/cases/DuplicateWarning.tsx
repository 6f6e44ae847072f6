import { Alert, Link } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useT } from '../../i18n';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../lib/format';
import { useMatchedOn } from './caseUi';
import { useCaseDuplicatesQuery } from './casesApi';
import type { CaseFormValues } from './caseFormValues';

/** The warning shown while typing: open cases that may concern the same person. */
export function DuplicateWarning({
  control,
  excludeId,
}: {
  control: Control<CaseFormValues>;
  excludeId?: number;
}) {
  const t = useT('cases');
  const matched = useMatchedOn();
  const [personName, personEmail, personPhone, customerId] = useWatch({
    control,
    name: ['personName', 'personEmail', 'personPhone', 'customerId'],
  });
  const [probe, setProbe] = useState({
    personName: '',
    personEmail: '',
    personPhone: '',
    customerId: null as number | null,
  });
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setProbe({
          personName: personName.trim(),
          personEmail: (personEmail ?? '').trim(),
          personPhone: (personPhone ?? '').trim(),
          customerId: customerId ?? null,
        }),
      400,
    );
    return () => clearTimeout(timer);
  }, [personName, personEmail, personPhone, customerId]);
  const ready = probe.personEmail.length > 3 || probe.personPhone.length > 4 || probe.personName.length > 3;
  const { data } = useCaseDuplicatesQuery(
    {
      personName: probe.personName || undefined,
      personEmail: probe.personEmail || undefined,
      personPhone: probe.personPhone || undefined,
      customerId: probe.customerId,
      excludeId,
    },
    { skip: !ready },
  );
  if (!ready || !data || data.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} role="status">
      <strong>{t('duplicateMayExist')}</strong>{' '}
      {data.map((dup, index) => (
        <span key={dup.id}>
          {index > 0 && '; '}
          <Link component={RouterLink} to={`/cases/${dup.id}`} target="_blank">
            {dup.number}
          </Link>{' '}
          {t('duplicateEntry', {
            name: dup.personName,
            date: formatDate(dup.receivedDate),
            matched: matched(dup.matchedOn),
          })}
        </span>
      ))}
      . {t('duplicateStillOpen')}
    </Alert>
  );
}
