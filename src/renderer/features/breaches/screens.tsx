import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { BreachesPage } from './BreachesPage';
import { BreachPage } from './BreachPage';

export const breachesScreens: Screen[] = [
  {
    path: '/breaches',
    title: 'Breaches',
    description:
      'Personal data breaches against the 72-hour clock: assessment, notifications and the people told.',
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
