import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import type { Screen } from '../../app/screens';
import { CalendarPage } from '../dashboard/CalendarPage';
import { HomePage } from './HomePage';

export const homeScreens: Screen[] = [
  {
    path: '/',
    title: 'Start',
    element: <HomePage />,
    roles: [],
    nav: { section: 'Work', icon: <HomeOutlinedIcon />, order: 0 },
  },
  {
    path: '/calendar',
    title: 'Deadline calendar',
    description: 'Every open deadline of a month on its day.',
    element: <CalendarPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <CalendarMonthOutlinedIcon />, order: 1 },
  },
];
