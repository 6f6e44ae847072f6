import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import GppBadOutlinedIcon from '@mui/icons-material/GppBadOutlined';
import GppGoodOutlinedIcon from '@mui/icons-material/GppGoodOutlined';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import ForwardToInboxOutlinedIcon from '@mui/icons-material/ForwardToInboxOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { format, parseISO } from 'date-fns';
import type { ReactElement } from 'react';
import type { CaseStatus, CaseSummary } from '../../../shared/cases/contract';
import { type Outcome, outcomeLabels, requestTypeInfo, type RequestType } from '../../../shared/cases/rules';

/** The title and subheader of a card on the case page: the card's heading in the page's outline. */
export const cardTitleProps = {
  title: { variant: 'h6', component: 'h2' },
  subheader: { variant: 'body2' },
} as const;

/** "Tue 07.04.2026": due dates always show their weekday, so a moved date is easy to check. */
export function formatDue(date: string): string {
  return format(parseISO(date), 'EEE dd.MM.yyyy');
}

export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft > 0) return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
  return `${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} overdue`;
}

const statusLook: Record<
  CaseStatus,
  { label: string; color: 'error' | 'warning' | 'info'; icon: ReactElement; variant: 'filled' | 'outlined' }
> = {
  overdue: { label: 'Overdue', color: 'error', icon: <ErrorOutlineIcon />, variant: 'filled' },
  'due-soon': { label: 'Due soon', color: 'warning', icon: <ScheduleIcon />, variant: 'filled' },
  'extension-notice-needed': {
    label: 'Extension notice needed',
    color: 'warning',
    icon: <EventBusyOutlinedIcon />,
    variant: 'outlined',
  },
  'to-forward': {
    label: 'Forward to the customer',
    color: 'warning',
    icon: <ForwardToInboxOutlinedIcon />,
    variant: 'outlined',
  },
  'awaiting-person': {
    label: 'Awaiting the person',
    color: 'info',
    icon: <HourglassEmptyIcon />,
    variant: 'outlined',
  },
};

/** The deadline statuses, each with an icon, a colour and a word: readable without colour. */
export function StatusChips({
  statuses,
  state,
  outcome,
  closedLate,
  size = 'small',
}: {
  statuses: readonly CaseStatus[];
  state: 'open' | 'closed';
  outcome?: Outcome | null;
  closedLate?: boolean;
  size?: 'small' | 'medium';
}) {
  if (state === 'closed') {
    return (
      <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
        <Chip
          size={size}
          icon={<TaskAltIcon />}
          label={outcome ? `Closed: ${outcomeLabels[outcome].toLowerCase()}` : 'Closed'}
          variant="outlined"
        />
        {closedLate && (
          <Chip
            size={size}
            color="error"
            variant="outlined"
            icon={<ErrorOutlineIcon />}
            label="Answered late"
          />
        )}
      </Stack>
    );
  }
  if (statuses.length === 0) {
    return (
      <Chip
        size={size}
        icon={<CheckCircleOutlineIcon />}
        label="On track"
        color="success"
        variant="outlined"
      />
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {statuses.map((status) => {
        const look = statusLook[status];
        return (
          <Chip
            key={status}
            size={size}
            icon={look.icon}
            label={look.label}
            color={look.color}
            variant={look.variant}
          />
        );
      })}
    </Stack>
  );
}

export function TypeChips({
  types,
  size = 'small',
}: {
  types: readonly RequestType[];
  size?: 'small' | 'medium';
}) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {types.map((type) => (
        <Tooltip key={type} title={`${requestTypeInfo[type].article}: ${requestTypeInfo[type].replyMust}`}>
          <Chip size={size} label={requestTypeInfo[type].label} variant="outlined" color="primary" />
        </Tooltip>
      ))}
    </Stack>
  );
}

const verificationLook: Record<
  CaseSummary['verification'],
  { label: string; icon: ReactElement; color: 'success' | 'error' | 'warning' | 'info' }
> = {
  verified: { label: 'Verified', icon: <GppGoodOutlinedIcon fontSize="small" />, color: 'success' },
  'not-needed': { label: 'Not needed', icon: <GppGoodOutlinedIcon fontSize="small" />, color: 'success' },
  override: { label: 'DPO override', icon: <GppMaybeOutlinedIcon fontSize="small" />, color: 'warning' },
  failed: { label: 'Failed', icon: <GppBadOutlinedIcon fontSize="small" />, color: 'error' },
  pending: { label: 'Not verified', icon: <GppMaybeOutlinedIcon fontSize="small" />, color: 'info' },
};

export function VerificationLabel({ value }: { value: CaseSummary['verification'] }) {
  const look = verificationLook[value];
  return (
    <Stack
      direction="row"
      spacing={0.75}
      alignItems="center"
      sx={{ color: `${look.color}.main`, height: '100%' }}
    >
      {look.icon}
      <Typography variant="body2" component="span" color="text.primary">
        {look.label}
      </Typography>
    </Stack>
  );
}

export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children || '—'}
      </Typography>
    </Box>
  );
}
