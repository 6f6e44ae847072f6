import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { PeoplePage } from './PeoplePage';

export const peopleScreens: Screen[] = [
  featureScreen('people', {
    path: '/people',
    element: <PeoplePage />,
    roles: ['dpo', 'admin'],
    nav: { section: 'Work', icon: <PersonSearchOutlinedIcon />, order: 45 },
  }),
];
