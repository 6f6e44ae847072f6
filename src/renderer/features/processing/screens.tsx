import ListAltOutlinedIcon from '@mui/icons-material/ListAltOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen, listAndRecord } from '../../lib/featureScreen';
import { ActivityPage } from './ActivityPage';
import { ProcessingPage } from './ProcessingPage';

export const processingScreens: Screen[] = [
  featureScreen('processing', {
    path: '/registers/processing',
    element: listAndRecord(ProcessingPage, ActivityPage),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <ListAltOutlinedIcon />, order: 30 },
  }),
];
