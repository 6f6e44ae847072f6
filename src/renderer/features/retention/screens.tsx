import AutoDeleteOutlinedIcon from '@mui/icons-material/AutoDeleteOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { RetentionPage } from './RetentionPage';

export const retentionScreens: Screen[] = [
  featureScreen('retention', {
    path: '/admin/retention',
    element: <RetentionPage />,
    roles: ['admin', 'dpo'],
    nav: { section: 'Administration', icon: <AutoDeleteOutlinedIcon />, order: 45 },
  }),
];
