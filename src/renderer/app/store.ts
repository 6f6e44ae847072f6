import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { authSlice } from '../features/auth/authSlice';
import { personSelectionSlice } from '../features/people/selection';
import { api } from './api';
import { notificationsSlice } from './notifications';

export function createStore() {
  return configureStore({
    reducer: {
      [api.reducerPath]: api.reducer,
      auth: authSlice.reducer,
      notifications: notificationsSlice.reducer,
      personSelection: personSelectionSlice.reducer,
    },
    middleware: (getDefault) => getDefault().concat(api.middleware),
  });
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();

export const selectCurrentUser = (state: RootState) => state.auth.status?.user ?? null;
