import { useColleaguesQuery } from '../users/usersApi';

/** The users who may handle a case: data protection officers and administrators. */
export function useHandlers() {
  const { data: colleagues } = useColleaguesQuery({});
  return (colleagues ?? []).filter((user) => user.roles.includes('dpo') || user.roles.includes('admin'));
}
