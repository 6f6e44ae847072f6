import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import { Route, Routes } from 'react-router';
import type { Screen } from '../../app/screens';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';

export const organisationsScreens: Screen[] = [
  {
    path: '/registers/organisations',
    title: 'Customers and suppliers',
    description: 'The companies we work for and the suppliers who process data for us.',
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
