import { useCallback } from 'react';
import type { Language } from '../../shared/i18n/languages';
import { callApi } from '../app/api';
import { useAppDispatch, useAppSelector } from '../app/store';
import { statusReceived } from '../features/auth/authSlice';
import { rememberDeskLanguage } from './language';
import { switchLanguage } from '.';

/**
 * Chooses the language at once, without a restart: kept for the signed-in person on every desk
 * (`auth.setLanguage`), and for this desk before anyone signs in (`auth.deskLanguage`: the core's
 * errors follow it).
 */
export function useChooseLanguage(): (language: Language) => Promise<void> {
  const dispatch = useAppDispatch();
  const signedIn = useAppSelector((state) => !!state.auth.status?.user);
  return useCallback(
    async (language: Language) => {
      rememberDeskLanguage(language);
      await switchLanguage(language);
      await callApi('auth.deskLanguage', { language }, dispatch);
      if (!signedIn) return;
      const result = await callApi('auth.setLanguage', { language }, dispatch);
      if (result.ok) dispatch(statusReceived(result.data));
    },
    [dispatch, signedIn],
  );
}
