import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen } from '../../lib/featureScreen';
import { BackupsPage } from './BackupsPage';

export const backupsScreens: Screen[] = [
  featureScreen('backups', {
    path: '/admin/backups',
    element: <BackupsPage />,
    roles: ['admin'],
    nav: { section: 'Administration', icon: <BackupOutlinedIcon />, order: 50 },
  }),
];
