import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { BreachesPage } from './BreachesPage';
import { BreachPage } from './BreachPage';

export const breachesScreens: Screen[] = [
  {
    path: '/breaches',
    title: () => text('breaches', 'screenTitle'),
    description: () => text('breaches', 'screenDescription'),
    element: (
      <Routes>
        <Route index element={<BreachesPage />} />
        <Route path=":id" element={<BreachPage />} />
      </Routes>
    ),
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <ReportGmailerrorredOutlinedIcon />, order: 30 },
  },
];
