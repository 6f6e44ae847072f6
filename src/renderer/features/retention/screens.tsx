import AutoDeleteOutlinedIcon from '@mui/icons-material/AutoDeleteOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { RetentionPage } from './RetentionPage';

export const retentionScreens: Screen[] = [
  {
    path: '/admin/retention',
    title: () => text('retention', 'screenTitle'),
    description: () => text('retention', 'screenDescription'),
    element: <RetentionPage />,
    roles: ['admin', 'dpo'],
    nav: { section: 'Administration', icon: <AutoDeleteOutlinedIcon />, order: 45 },
  },
];
