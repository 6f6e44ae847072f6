import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { text } from '../../i18n';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';

export const organisationsScreens: Screen[] = [
  {
    path: '/registers/organisations',
    title: () => text('organisations', 'screenTitle'),
    description: () => text('organisations', 'screenDescription'),
    element: (
      <Routes>
        <Route index element={<OrganisationsPage />} />
        <Route path=":id" element={<OrganisationPage />} />
      </Routes>
    ),
    roles: ['admin', 'dpo'],
    nav: { section: 'Registers', icon: <BusinessOutlinedIcon />, order: 50 },
  },
];
