import type { AgreementDetail } from '../../../shared/agreements/contract';

/** What each dialog on an agreement's page is given: the agreement, today's date, and how to close it. */
export interface AgreementDialogProps {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}
