import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import type { BreachDetail } from '../../../shared/breaches/contract';

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
  const items = [
    { ok: Boolean(detail.description), text: 'The nature of the breach' },
    {
      ok: detail.subjectCategories.length > 0 && detail.subjectsApprox !== null,
      text: 'Categories and approximate number of people',
    },
    {
      ok: detail.dataTypes.length > 0 && detail.recordsApprox !== null,
      text: 'Categories and approximate number of records',
    },
    { ok: Boolean(detail.contactPoint), text: 'The DPO or other contact point' },
    { ok: Boolean(detail.consequences), text: 'The likely consequences' },
    { ok: Boolean(detail.measuresTaken || detail.measuresPlanned), text: 'Measures taken or proposed' },
  ];
  return (
    <List dense disablePadding aria-label="What the notification must describe">
      {items.map((item) => (
        <CheckItem key={item.text} ok={item.ok} primary={item.text} />
      ))}
    </List>
  );
}

/** What must be met or decided before the breach can be closed. */
export function Obligations({ detail }: { detail: BreachDetail }) {
  return (
    <List dense disablePadding aria-label="Obligations">
      {detail.obligations.map((obligation) => (
        <CheckItem
          key={obligation.key}
          ok={obligation.met}
          primary={`${obligation.label}${obligation.met ? '' : ' — not yet'}`}
          secondary={obligation.detail}
        />
      ))}
    </List>
  );
}
