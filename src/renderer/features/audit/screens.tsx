import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { AuditPage } from './AuditPage';

export const auditScreens: Screen[] = [
  featureScreen('audit', {
    path: '/admin/audit',
    element: <AuditPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <ReceiptLongOutlinedIcon />, order: 30 },
  }),
];
