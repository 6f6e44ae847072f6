import { Chip } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import DoNotDisturbOnOutlinedIcon from '@mui/icons-material/DoNotDisturbOnOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import GppBadOutlinedIcon from '@mui/icons-material/GppBadOutlined';
import GppGoodOutlinedIcon from '@mui/icons-material/GppGoodOutlined';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { type ReactElement, type ReactNode, useMemo, useState } from 'react';
import { clockStatePhrase, liveClock } from '../../../shared/breaches/clock-text';
import type { BreachClock, ClockStatus } from '../../../shared/breaches/contract';
import { type BreachState, type RiskLevel } from '../../../shared/breaches/rules';
import { useLabels, useSay, useT } from '../../i18n';
import { useBreachNowQuery } from './breachesApi';
import { Fact as SharedFact } from '../../components/Fact';

/**
 * The core's time, fetched again every 30 seconds: the clocks count down without a reload, and they
 * count from the same "now" the core uses (tests move it).
 */
export function useCoreNow(fallback?: string): Date {
  const { data } = useBreachNowQuery({}, { pollingInterval: 30_000, refetchOnMountOrArgChange: true });
  const [mounted] = useState(() => new Date().toISOString());
  const iso = data?.now ?? fallback ?? mounted;
  return useMemo(() => new Date(iso), [iso]);
}

/** The look of a card's title on a breach's tabs: a level-2 heading with a short explanation under it. */
export { cardTitleProps as titleProps } from '../../components/cardTitle';

const clockLook: Record<
  ClockStatus,
  { icon: ReactElement; color: 'error' | 'warning' | 'success' | 'info' | 'default' }
> = {
  running: { icon: <TimerOutlinedIcon />, color: 'warning' },
  overdue: { icon: <ErrorOutlineIcon />, color: 'error' },
  met: { icon: <CheckCircleOutlineIcon />, color: 'success' },
  late: { icon: <WarningAmberIcon />, color: 'error' },
  'not-required': { icon: <DoNotDisturbOnOutlinedIcon />, color: 'default' },
};

export function clockIcon(status: ClockStatus): ReactElement {
  return clockLook[status].icon;
}

export function clockColor(status: ClockStatus) {
  return clockLook[status].color;
}

/** A clock's state in an icon and words (and a colour): readable without the colour. */
export function ClockChip({
  clock,
  now,
  withLabel = false,
  size = 'small',
}: {
  clock: BreachClock;
  now: Date;
  withLabel?: boolean;
  size?: 'small' | 'medium';
}) {
  const t = useT('breaches');
  const say = useSay();
  const live = liveClock(clock, now);
  const look = clockLook[live.status];
  return (
    <Chip
      size={size}
      icon={look.icon}
      color={look.color}
      variant={live.status === 'overdue' || live.status === 'running' ? 'filled' : 'outlined'}
      label={
        withLabel
          ? t('clockLabelled', { label: say(clock.labelText), state: say(clockStatePhrase(live, now)) })
          : say(clockStatePhrase(live, now))
      }
    />
  );
}

const riskLook: Record<
  RiskLevel | 'unassessed',
  { icon: ReactElement; color: 'error' | 'warning' | 'success' | 'default' }
> = {
  none: { icon: <GppGoodOutlinedIcon />, color: 'success' },
  risk: { icon: <GppMaybeOutlinedIcon />, color: 'warning' },
  high: { icon: <GppBadOutlinedIcon />, color: 'error' },
  unassessed: { icon: <HelpOutlineIcon />, color: 'default' },
};

export function RiskChip({ risk, size = 'small' }: { risk: RiskLevel | null; size?: 'small' | 'medium' }) {
  const look = riskLook[risk ?? 'unassessed'];
  const labels = useLabels('riskShort');
  return (
    <Chip
      size={size}
      icon={look.icon}
      color={look.color}
      variant={risk === 'high' ? 'filled' : 'outlined'}
      label={labels[risk ?? 'unassessed']}
    />
  );
}

const stateIcons: Record<BreachState, ReactElement> = {
  reported: <HourglassTopIcon />,
  assessed: <TaskAltIcon />,
  closed: <LockOutlinedIcon />,
};

export function StateChip({
  state,
  size = 'small',
  short = false,
}: {
  state: BreachState;
  size?: 'small' | 'medium';
  short?: boolean;
}) {
  const labels = useLabels('breachState');
  const shortLabels = useLabels('breachStateShort');
  return (
    <Chip
      size={size}
      icon={stateIcons[state]}
      variant="outlined"
      color={state === 'reported' ? 'info' : 'default'}
      label={short ? shortLabels[state] : labels[state]}
    />
  );
}

/** A breach's facts keep the line breaks typed into them. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SharedFact label={label} keepLines>
      {children}
    </SharedFact>
  );
}
