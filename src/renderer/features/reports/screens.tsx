import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { ReportsPage } from './ReportsPage';

export const reportsScreens: Screen[] = [
  {
    path: '/reports',
    title: () => text('reports', 'screenTitle'),
    description: () => text('reports', 'screenDescription'),
    element: <ReportsPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <AssessmentOutlinedIcon />, order: 40 },
  },
];
