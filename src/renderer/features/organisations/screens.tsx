import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import type { Screen } from '../../app/screens';
import { featureScreen, listAndRecord } from '../../lib/featureScreen';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';

export const organisationsScreens: Screen[] = [
  featureScreen('organisations', {
    path: '/registers/organisations',
    element: listAndRecord(OrganisationsPage, OrganisationPage),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <BusinessOutlinedIcon />, order: 50 },
  }),
];
