import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen, listAndRecord } from '../../lib/featureScreen';
import { BreachesPage } from './BreachesPage';
import { BreachPage } from './BreachPage';

export const breachesScreens: Screen[] = [
  featureScreen('breaches', {
    path: '/breaches',
    element: listAndRecord(BreachesPage, BreachPage),
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <ReportGmailerrorredOutlinedIcon />, order: 30 },
  }),
];
