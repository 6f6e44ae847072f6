import type { ReactNode } from 'react';
import { hasAnyRole, type Role } from '../../shared/roles';
import { Forbidden } from '../components/Forbidden';
import { selectCurrentUser, useAppSelector } from './store';

export function RequireRole({
  roles,
  screen,
  children,
}: {
  roles: readonly Role[];
  screen: string;
  children: ReactNode;
}) {
  const user = useAppSelector(selectCurrentUser);
  if (roles.length > 0 && !hasAnyRole(user?.roles ?? [], roles))
    return <Forbidden screen={screen} roles={roles} />;
  return <>{children}</>;
}
