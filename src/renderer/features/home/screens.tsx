import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { CalendarPage } from '../dashboard/CalendarPage';
import { HomePage } from './HomePage';

export const homeScreens: Screen[] = [
  {
    path: '/',
    title: () => text('home', 'screenTitle'),
    element: <HomePage />,
    roles: [],
    nav: { section: 'Work', icon: <HomeOutlinedIcon />, order: 0 },
  },
  {
    path: '/calendar',
    title: () => text('dashboard', 'calendarTitle'),
    description: () => text('dashboard', 'calendarDescription'),
    element: <CalendarPage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <CalendarMonthOutlinedIcon />, order: 1 },
  },
];
