import { Chip } from '@mui/material';
import type { InquiryStatus } from '../../../shared/inquiries/rules';
import { text, useLabels } from '../../i18n';

const statusColours: Record<InquiryStatus, 'default' | 'info' | 'warning' | 'success'> = {
  open: 'info',
  'awaiting-person': 'warning',
  'awaiting-customer': 'warning',
  closed: 'default',
};

export function InquiryStatusChip({ status }: { status: InquiryStatus }) {
  const labels = useLabels('inquiryStatus');
  return (
    <Chip
      size="small"
      label={labels[status]}
      color={statusColours[status]}
      variant={status === 'closed' ? 'outlined' : 'filled'}
    />
  );
}

export function callLength(seconds: number | null): string {
  if (seconds === null) return '';
  return text('inquiries', 'callLengthValue', {
    minutes: Math.floor(seconds / 60),
    seconds: String(seconds % 60).padStart(2, '0'),
  });
}
