import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { SettingsPage } from './SettingsPage';

export const settingsScreens: Screen[] = [
  featureScreen('settings', {
    path: '/admin/settings',
    element: <SettingsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <SettingsOutlinedIcon />, order: 40 },
  }),
];
