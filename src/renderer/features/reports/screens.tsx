import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import type { Screen } from '../../app/screens';
import { ReportsPage } from './ReportsPage';

export const reportsScreens: Screen[] = [
  {
    path: '/reports',
    title: 'Reports',
    description: 'The annual privacy report for the board, as a PDF.',
    element: <ReportsPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <AssessmentOutlinedIcon />, order: 40 },
  },
];
