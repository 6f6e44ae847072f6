import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { ReportsPage } from './ReportsPage';

export const reportsScreens: Screen[] = [
  featureScreen('reports', {
    path: '/reports',
    element: <ReportsPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <AssessmentOutlinedIcon />, order: 40 },
  }),
];
