import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import type { BreachDetail } from '../../../shared/breaches/contract';
import { useSay, useT } from '../../i18n';

/** One line of a checklist: ticked when done, an empty circle while not (readable without colour). */
function CheckItem({ ok, primary, secondary }: { ok: boolean; primary: string; secondary?: string | null }) {
  return (
    <ListItem disableGutters dense>
      <ListItemIcon sx={{ minWidth: 30, color: ok ? 'success.main' : 'text.disabled' }}>
        {ok ? <CheckCircleOutlineIcon fontSize="small" /> : <RadioButtonUncheckedIcon fontSize="small" />}
      </ListItemIcon>
      <ListItemText primary={primary} secondary={secondary} slotProps={{ primary: { variant: 'body2' } }} />
    </ListItem>
  );
}

/** What a notification must describe (Art. 33(3)), and whether the record has it yet. */
export function ContentsCheck({ detail }: { detail: BreachDetail }) {
  const t = useT('breaches');
  const items = [
    { ok: Boolean(detail.description), text: t('natureOfBreach') },
    {
      ok: detail.subjectCategories.length > 0 && detail.subjectsApprox !== null,
      text: t('categoriesAndNumberPeople'),
    },
    {
      ok: detail.dataTypes.length > 0 && detail.recordsApprox !== null,
      text: t('categoriesAndNumberRecords'),
    },
    { ok: Boolean(detail.contactPoint), text: t('dpoContact') },
    { ok: Boolean(detail.consequences), text: t('theLikelyConsequences') },
    { ok: Boolean(detail.measuresTaken || detail.measuresPlanned), text: t('measuresTakenOrProposed') },
  ];
  return (
    <List dense disablePadding aria-label={t('notificationMustDescribe')}>
      {items.map((item) => (
        <CheckItem key={item.text} ok={item.ok} primary={item.text} />
      ))}
    </List>
  );
}

/** What must be met or decided before the breach can be closed. */
export function Obligations({ detail }: { detail: BreachDetail }) {
  const t = useT('breaches');
  const say = useSay();
  return (
    <List dense disablePadding aria-label={t('obligations')}>
      {detail.obligations.map((obligation) => (
        <CheckItem
          key={obligation.key}
          ok={obligation.met}
          primary={`${say(obligation.labelText)}${obligation.met ? '' : t('notYet')}`}
          secondary={obligation.detailText && say(obligation.detailText)}
        />
      ))}
    </List>
  );
}
