import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import type { Screen } from '../../app/screens';
import { AuditPage } from './AuditPage';

export const auditScreens: Screen[] = [
  {
    path: '/admin/audit',
    title: 'Audit log',
    description: 'Who changed or read what, and a check that no entry was altered.',
    element: <AuditPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <ReceiptLongOutlinedIcon />, order: 30 },
  },
];
