import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { AuditPage } from './AuditPage';

export const auditScreens: Screen[] = [
  {
    path: '/admin/audit',
    title: () => text('audit', 'screenTitle'),
    description: () => text('audit', 'screenDescription'),
    element: <AuditPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <ReceiptLongOutlinedIcon />, order: 30 },
  },
];
