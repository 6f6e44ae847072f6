import { Box, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import type { ReactElement } from 'react';
import type { AgreementAlert } from '../../../shared/agreements/contract';
import {
  agreementStatusLabels,
  type AgreementStatus,
  type ChecklistSummary,
  type CompanyRole,
  directionLabels,
  specialCategoryLabels,
  type SpecialCategory,
} from '../../../shared/agreements/rules';

const statusColours: Record<AgreementStatus, 'default' | 'success' | 'warning' | 'info' | 'error'> = {
  draft: 'default',
  negotiation: 'info',
  active: 'success',
  suspended: 'warning',
  terminated: 'default',
  expired: 'error',
};

/**
 * The status as it stands today; an agreement past its expiry date reads "Expired" even when it is
 * still recorded as in force, and says so.
 */
export function StatusChip({
  status,
  recordedStatus,
  size = 'small',
}: {
  status: AgreementStatus;
  recordedStatus?: AgreementStatus;
  size?: 'small' | 'medium';
}) {
  const stale = recordedStatus !== undefined && recordedStatus !== status;
  const chip = (
    <Chip
      size={size}
      label={
        stale
          ? `${agreementStatusLabels[status]} (marked ${agreementStatusLabels[recordedStatus].toLowerCase()})`
          : agreementStatusLabels[status]
      }
      color={statusColours[status]}
      variant={status === 'active' ? 'filled' : 'outlined'}
    />
  );
  return stale ? (
    <Tooltip title="Past its expiry date: counted as expired. Set it to Expired, or terminate it.">
      {chip}
    </Tooltip>
  ) : (
    chip
  );
}

/** A processor's breach-notice promise above 48 hours leaves the controller too little of its own 72. */
export function NoticeHoursChip() {
  return (
    <Tooltip title="The breach-notice promise is above 48 hours: the controller needs time within its own 72 (Art. 33).">
      <Chip size="small" color="warning" variant="outlined" label="Breach notice > 48 h" sx={{ mt: 0.5 }} />
    </Tooltip>
  );
}

export function DirectionChip({ role }: { role: CompanyRole }) {
  return (
    <Tooltip
      title={
        role === 'controller'
          ? 'We are controller; the supplier processes data for us'
          : 'We are processor; the customer is controller'
      }
    >
      <Chip
        size="small"
        variant="outlined"
        color={role === 'controller' ? 'secondary' : 'primary'}
        label={directionLabels[role]}
      />
    </Tooltip>
  );
}

const alertLook: Record<AgreementAlert, { label: string; color: 'error' | 'warning'; icon: ReactElement }> = {
  'review-overdue': { label: 'Review overdue', color: 'error', icon: <ErrorOutlineIcon /> },
  'review-soon': { label: 'Review due soon', color: 'warning', icon: <ScheduleIcon /> },
  expiring: { label: 'Expiring', color: 'warning', icon: <EventBusyOutlinedIcon /> },
  'expired-active': { label: 'Expired, still active', color: 'error', icon: <ErrorOutlineIcon /> },
};

/** The alerts of an agreement, each with an icon and a word as well as a colour. */
export function AlertChips({ alerts }: { alerts: readonly AgreementAlert[] }) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {alerts.map((alert) => (
        <Chip
          key={alert}
          size="small"
          icon={alertLook[alert].icon}
          color={alertLook[alert].color}
          variant="outlined"
          label={alertLook[alert].label}
        />
      ))}
    </Stack>
  );
}

export function TransferFlagChip({ problems }: { problems?: readonly string[] }) {
  return (
    <Tooltip
      title={problems?.join(' ') ?? 'A processing location or transfer outside the EEA lacks a valid basis'}
    >
      <Chip
        size="small"
        color="error"
        variant="outlined"
        icon={<PublicOffOutlinedIcon />}
        label="No valid transfer basis"
      />
    </Tooltip>
  );
}

export function SpecialCategoryChips({ categories }: { categories: readonly SpecialCategory[] }) {
  if (categories.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {categories.map((category) => (
        <Chip
          key={category}
          size="small"
          color="warning"
          icon={<WarningAmberOutlinedIcon />}
          label={specialCategoryLabels[category]}
        />
      ))}
    </Stack>
  );
}

/** "12 of 14 · 85 %" with a bar; the missing count in red. */
export function ChecklistMeter({ summary, compact }: { summary: ChecklistSummary; compact?: boolean }) {
  const settled = summary.present + summary.notApplicable;
  return (
    <Box sx={{ width: '100%', py: compact ? 0.5 : 0 }}>
      <Stack direction="row" justifyContent="space-between" spacing={1} sx={{ whiteSpace: 'nowrap' }}>
        <Typography variant={compact ? 'body2' : 'h6'} component="span">
          {summary.percent} %
        </Typography>
        <Typography
          variant="caption"
          color={summary.missing > 0 ? 'error' : 'text.secondary'}
          component="span"
        >
          {summary.missing > 0
            ? `${summary.missing} missing`
            : summary.unchecked > 0
              ? `${summary.unchecked} unchecked`
              : 'complete'}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={summary.percent}
        color={summary.missing > 0 ? 'error' : summary.unchecked > 0 ? 'warning' : 'success'}
        aria-label={`${settled} of ${summary.total} items present or not applicable`}
        sx={{ height: compact ? 4 : 8, borderRadius: 4 }}
      />
      {!compact && (
        <Typography variant="caption" color="text.secondary">
          {settled} of {summary.total} present or not applicable · {summary.missing} missing ·{' '}
          {summary.unchecked} not checked
        </Typography>
      )}
    </Box>
  );
}
