import { Chip } from '@mui/material';
import type { InquiryStatus } from '../../../shared/inquiries/rules';
import { inquiryStatusLabels } from '../../../shared/inquiries/rules';

const statusColours: Record<InquiryStatus, 'default' | 'info' | 'warning' | 'success'> = {
  open: 'info',
  'awaiting-person': 'warning',
  'awaiting-customer': 'warning',
  closed: 'default',
};

export function InquiryStatusChip({ status }: { status: InquiryStatus }) {
  return (
    <Chip
      size="small"
      label={inquiryStatusLabels[status]}
      color={statusColours[status]}
      variant={status === 'closed' ? 'outlined' : 'filled'}
    />
  );
}

export function callLength(seconds: number | null): string {
  if (seconds === null) return '';
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
