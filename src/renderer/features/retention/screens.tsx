import AutoDeleteOutlinedIcon from '@mui/icons-material/AutoDeleteOutlined';
import type { Screen } from '../../app/screens';
import { RetentionPage } from './RetentionPage';

export const retentionScreens: Screen[] = [
  {
    path: '/admin/retention',
    title: 'Retention',
    description: 'What the retention purge removes next, what it keeps and why, and the purge log.',
    element: <RetentionPage />,
    roles: ['admin', 'dpo'],
    nav: { section: 'Administration', icon: <AutoDeleteOutlinedIcon />, order: 45 },
  },
];
