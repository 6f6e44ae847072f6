import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import type { Screen } from '../../app/screens';
import { HomePage } from './HomePage';

export const homeScreens: Screen[] = [
  {
    path: '/',
    title: 'Start',
    element: <HomePage />,
    roles: [],
    nav: { section: 'Work', icon: <HomeOutlinedIcon />, order: 0 },
  },
];
