import { Box, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import PublicOffOutlinedIcon from '@mui/icons-material/PublicOffOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningAmberOutlinedIcon from '@mui/icons-material/WarningAmberOutlined';
import type { ReactElement } from 'react';
import type { AgreementAlert } from '../../../shared/agreements/contract';
import {
  type AgreementStatus,
  type ChecklistSummary,
  type CompanyRole,
  type SpecialCategory,
} from '../../../shared/agreements/rules';
import { FlagChip } from '../../components/FlagChip';
import { useLabels, useT } from '../../i18n';

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
  const t = useT('agreements');
  const labels = useLabels('agreementStatus');
  const stale = recordedStatus !== undefined && recordedStatus !== status;
  const chip = (
    <Chip
      size={size}
      label={
        stale
          ? t('statusStale', { status: labels[status], recorded: labels[recordedStatus].toLowerCase() })
          : labels[status]
      }
      color={statusColours[status]}
      variant={status === 'active' ? 'filled' : 'outlined'}
    />
  );
  return stale ? <Tooltip title={t('statusStaleTooltip')}>{chip}</Tooltip> : chip;
}

/** A processor's breach-notice promise above 48 hours leaves the controller too little of its own 72. */
export function NoticeHoursChip() {
  const t = useT('agreements');
  return (
    <Tooltip title={t('noticeHoursTooltip')}>
      <Chip size="small" color="warning" variant="outlined" label={t('noticeHoursChip')} sx={{ mt: 0.5 }} />
    </Tooltip>
  );
}

export function DirectionChip({ role }: { role: CompanyRole }) {
  const t = useT('agreements');
  const directions = useLabels('agreementDirection');
  return (
    <Tooltip title={t(role === 'controller' ? 'directionTooltipController' : 'directionTooltipProcessor')}>
      <Chip
        size="small"
        variant="outlined"
        color={role === 'controller' ? 'secondary' : 'primary'}
        label={directions[role]}
      />
    </Tooltip>
  );
}

const alertLook: Record<AgreementAlert, { color: 'error' | 'warning'; icon: ReactElement }> = {
  'review-overdue': { color: 'error', icon: <ErrorOutlineIcon /> },
  'review-soon': { color: 'warning', icon: <ScheduleIcon /> },
  expiring: { color: 'warning', icon: <EventBusyOutlinedIcon /> },
  'expired-active': { color: 'error', icon: <ErrorOutlineIcon /> },
};

/** The alerts of an agreement, each with an icon and a word as well as a colour. */
export function AlertChips({ alerts }: { alerts: readonly AgreementAlert[] }) {
  const labels = useLabels('agreementAlert');
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {alerts.map((alert) => (
        <FlagChip
          key={alert}
          color={alertLook[alert].color}
          icon={alertLook[alert].icon}
          label={labels[alert]}
        />
      ))}
    </Stack>
  );
}

export function TransferFlagChip({ problems }: { problems?: readonly string[] }) {
  const t = useT('agreements');
  return (
    <FlagChip
      color="error"
      icon={<PublicOffOutlinedIcon />}
      label={t('transferFlag')}
      why={problems?.join(' ') ?? t('transferFlagTooltip')}
    />
  );
}

export function SpecialCategoryChips({ categories }: { categories: readonly SpecialCategory[] }) {
  const labels = useLabels('specialCategory');
  if (categories.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {categories.map((category) => (
        <Chip
          key={category}
          size="small"
          color="warning"
          icon={<WarningAmberOutlinedIcon />}
          label={labels[category]}
        />
      ))}
    </Stack>
  );
}

/** "12 of 14 · 85 %" with a bar; the missing count in red. */
export function ChecklistMeter({ summary, compact }: { summary: ChecklistSummary; compact?: boolean }) {
  const t = useT('agreements');
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
            ? t('meterMissing', { count: summary.missing })
            : summary.unchecked > 0
              ? t('meterUnchecked', { count: summary.unchecked })
              : t('meterComplete')}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={summary.percent}
        color={summary.missing > 0 ? 'error' : summary.unchecked > 0 ? 'warning' : 'success'}
        aria-label={t('meterLabel', { settled, total: summary.total })}
        sx={{ height: compact ? 4 : 8, borderRadius: 4 }}
      />
      {!compact && (
        <Typography variant="caption" color="text.secondary">
          {t('meterSummary', {
            settled,
            total: summary.total,
            missing: summary.missing,
            unchecked: summary.unchecked,
          })}
        </Typography>
      )}
    </Box>
  );
}
