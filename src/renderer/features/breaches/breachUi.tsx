import { Box, Chip, TextField, Typography } from '@mui/material';
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
import { clockStateText, liveClock } from '../../../shared/breaches/clock-text';
import type { BreachClock, ClockStatus } from '../../../shared/breaches/contract';
import {
  type BreachState,
  breachStateLabels,
  type RiskLevel,
  riskShortLabels,
} from '../../../shared/breaches/rules';
import { parseOsloInput } from '../../../shared/breaches/time';
import { useBreachNowQuery } from './breachesApi';

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
  const live = liveClock(clock, now);
  const look = clockLook[live.status];
  return (
    <Chip
      size={size}
      icon={look.icon}
      color={look.color}
      variant={live.status === 'overdue' || live.status === 'running' ? 'filled' : 'outlined'}
      label={`${withLabel ? `${clock.label}: ` : ''}${clockStateText(live, now)}`}
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
  return (
    <Chip
      size={size}
      icon={look.icon}
      color={look.color}
      variant={risk === 'high' ? 'filled' : 'outlined'}
      label={riskShortLabels[risk ?? 'unassessed']}
    />
  );
}

const stateIcons: Record<BreachState, ReactElement> = {
  reported: <HourglassTopIcon />,
  assessed: <TaskAltIcon />,
  closed: <LockOutlinedIcon />,
};

const shortStateLabels: Record<BreachState, string> = {
  reported: 'Awaiting assessment',
  assessed: 'Being handled',
  closed: 'Closed',
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
  return (
    <Chip
      size={size}
      icon={stateIcons[state]}
      variant="outlined"
      color={state === 'reported' ? 'info' : 'default'}
      label={short ? shortStateLabels[state] : breachStateLabels[state]}
    />
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children === null || children === undefined || children === '' ? '—' : children}
      </Typography>
    </Box>
  );
}

/** The text a time field holds is valid when empty (for optional fields) or a real Oslo time. */
export function timeFieldError(text: string, required: boolean): string | null {
  if (!text.trim()) return required ? 'Required: dd.mm.yyyy hh:mm' : null;
  const parsed = parseOsloInput(text);
  return parsed.ok ? null : parsed.message;
}

/** The ISO instant of a typed Oslo time, or '' / null when empty or not valid. */
export function timeFieldValue(text: string): string | null {
  if (!text.trim()) return null;
  const parsed = parseOsloInput(text);
  return parsed.ok ? parsed.iso : null;
}

/**
 * A date and time typed in one field, as "dd.mm.yyyy hh:mm" in Oslo time (whatever the computer's
 * own time zone), with the instant it means shown below.
 */
export function OsloDateTimeField({
  label,
  value,
  onChange,
  error,
  helperText,
  required,
  autoFocus,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  helperText?: ReactNode;
  required?: boolean;
  autoFocus?: boolean;
  name?: string;
}) {
  const parsed = value.trim() ? parseOsloInput(value) : null;
  const shown =
    error ?? (parsed && !parsed.ok ? parsed.message : null) ?? helperText ?? 'dd.mm.yyyy hh:mm, Oslo time';
  return (
    <TextField
      label={label}
      name={name}
      value={value}
      required={required}
      autoFocus={autoFocus}
      placeholder="dd.mm.yyyy hh:mm"
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error) || (parsed !== null && !parsed.ok)}
      helperText={shown}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

/** A whole number typed in a field, or null when empty; undefined when it is not a whole number. */
export function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.replace(/\s/g, '');
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}
