import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useId } from 'react';
import type { LegalHold } from '../../../shared/erasure/contract';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/format';

/** The record's lifted holds, newest first: when, why, and who placed and lifted each. */
export function EarlierHolds({ holds }: { holds: LegalHold[] }) {
  const t = useT('legalHolds');
  const headingId = useId();
  const lifted = holds.filter((hold) => hold.liftedAt !== null);
  if (lifted.length === 0) return null;
  return (
    <>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t('earlier', { count: lifted.length })}
      </Typography>
      <List dense disablePadding aria-labelledby={headingId}>
        {lifted.map((hold) => (
          <ListItem key={hold.id} disableGutters>
            <ListItemText
              primary={`${t('period', { placed: formatDate(hold.placedAt), lifted: formatDate(hold.liftedAt) })}: ${hold.reason}`}
              secondary={t('people', { placedBy: hold.placedBy, liftedBy: hold.liftedBy ?? '' })}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
