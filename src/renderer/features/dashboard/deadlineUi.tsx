import {
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import PhoneCallbackOutlinedIcon from '@mui/icons-material/PhoneCallbackOutlined';
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TodayOutlinedIcon from '@mui/icons-material/TodayOutlined';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import { useEffect, useState, type ReactElement } from 'react';
import { useNavigate } from 'react-router';
import { parseISO } from 'date-fns';
import type {
  DeadlineFlag,
  DeadlineItem,
  DeadlineKind,
  DeadlineUrgency,
} from '../../../shared/deadlines/items';
import { text, useSay, useT } from '../../i18n';
import { formatDateTime, formatPattern } from '../../lib/format';

export const kindIcons: Record<DeadlineKind, ReactElement> = {
  case: <GavelOutlinedIcon />,
  breach: <ReportGmailerrorredOutlinedIcon />,
  agreement: <HandshakeOutlinedIcon />,
  objection: <CampaignOutlinedIcon />,
  inquiry: <PhoneCallbackOutlinedIcon />,
};

export const urgencyLook: Record<
  DeadlineUrgency,
  { color: 'error' | 'warning' | 'info' | 'secondary' | 'default'; icon: ReactElement }
> = {
  overdue: { color: 'error', icon: <ErrorOutlineIcon /> },
  dueToday: { color: 'warning', icon: <TodayOutlinedIcon /> },
  dueThisWeek: { color: 'info', icon: <ScheduleIcon /> },
  atRisk: { color: 'secondary', icon: <WarningAmberOutlinedIcon /> },
  later: { color: 'default', icon: <ScheduleIcon /> },
};

const flagIcons: Record<DeadlineFlag, ReactElement> = {
  'extension-notice-needed': <EventBusyOutlinedIcon />,
  'forward-to-customer': <ForwardToInboxOutlinedIcon />,
  'awaiting-person': <HourglassEmptyIcon />,
};

/** The current time, ticking every `everyMs`, for clocks shown in hours and minutes. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "5 h 07 min left" or "overdue by 2 h 10 min": a breach clock runs in hours, not days. */
export function hoursLeftText(dueAt: string, now: number): string {
  const minutes = Math.round((new Date(dueAt).getTime() - now) / 60_000);
  const absolute = Math.abs(minutes);
  const time = text('dashboard', 'hoursMinutes', {
    hours: Math.floor(absolute / 60),
    minutes: String(absolute % 60).padStart(2, '0'),
  });
  return text('dashboard', minutes >= 0 ? 'timeLeft' : 'overdueBy', { time });
}

export function UrgencyChip({ urgency }: { urgency: DeadlineUrgency }) {
  const t = useT('dashboard');
  const look = urgencyLook[urgency];
  return (
    <Chip
      size="small"
      color={look.color}
      variant={urgency === 'overdue' ? 'filled' : 'outlined'}
      icon={look.icon}
      label={t(`urgency:${urgency}`)}
    />
  );
}

/** When an item is due: the date with its weekday, or a live countdown for an hour clock. */
export function DueText({ item, now }: { item: DeadlineItem; now: number }) {
  const t = useT('dashboard');
  if (item.dueAt) {
    return (
      <Stack alignItems="flex-end">
        <Typography
          variant="body2"
          fontWeight={600}
          color={item.urgency === 'overdue' ? 'error' : 'text.primary'}
        >
          {hoursLeftText(item.dueAt, now)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('dueBy', { at: formatDateTime(item.dueAt) })}
        </Typography>
      </Stack>
    );
  }
  return (
    <Typography
      variant="body2"
      fontWeight={600}
      color={item.urgency === 'overdue' ? 'error' : 'text.primary'}
    >
      {formatPattern(parseISO(item.due), t('dueDatePattern'))}
    </Typography>
  );
}

/**
 * Deadlines, each one click from its record; icons and words carry the meaning, colour only helps.
 * An item's title and detail are phrases of the core's deadline sources, worded in the person's
 * language (`data-core-text` marks them for the bokmål tour of tests/e2e/screens.spec.ts).
 */
export function DeadlineList({
  items,
  dense = false,
  showKind = true,
}: {
  items: readonly DeadlineItem[];
  dense?: boolean;
  /** Off where a heading already names the kind. */
  showKind?: boolean;
}) {
  const t = useT('dashboard');
  const say = useSay();
  const navigate = useNavigate();
  const now = useNow();
  return (
    <List dense={dense} disablePadding>
      {items.map((item) => (
        <ListItem key={item.key} disablePadding>
          <ListItemButton
            onClick={() => void navigate(item.path)}
            sx={{ borderRadius: 1, alignItems: 'flex-start', gap: 1 }}
          >
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5, color: `${urgencyLook[item.urgency].color}.main` }}>
              {kindIcons[item.kind]}
            </ListItemIcon>
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
                  <Typography variant="body2" fontWeight={600} component="span" data-core-text>
                    {say(item.titleText)}
                  </Typography>
                  {showKind && (
                    <Typography variant="caption" color="text.secondary" component="span">
                      {t(`kind:${item.kind}`)}
                    </Typography>
                  )}
                  {(item.flags ?? []).map((flag) => (
                    <Chip
                      key={flag}
                      size="small"
                      variant="outlined"
                      color="warning"
                      icon={flagIcons[flag]}
                      label={t(`flag:${flag}`)}
                    />
                  ))}
                </Stack>
              }
              secondary={<span data-core-text>{say(item.detailText)}</span>}
            />
            <DueText item={item} now={now} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
