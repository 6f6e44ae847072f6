import type { ComponentType, ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import type { Screen } from '../app/screens';
import { text, type UiNamespace } from '../i18n';
import type { KeyOf } from '../i18n/namespaces';

/** A namespace that has the usual `screenTitle` and `screenDescription` of a screen. */
type ScreenNamespace = {
  [N in UiNamespace]: 'screenTitle' | 'screenDescription' extends KeyOf<N> ? N : never;
}[UiNamespace];

/**
 * A feature's screen titled and described by its namespace's `screenTitle` and `screenDescription`,
 * read when shown. A screen with other words spells out its own `title` and `description`.
 */
export function featureScreen(ns: ScreenNamespace, screen: Omit<Screen, 'title' | 'description'>): Screen {
  return {
    title: () => text(ns, 'screenTitle'),
    description: () => text(ns, 'screenDescription'),
    ...screen,
  };
}

/** A list at the screen's path and one of its records at `<path>/:id`. */
export function listAndRecord(List: ComponentType, Record: ComponentType): ReactElement {
  return (
    <Routes>
      <Route index element={<List />} />
      <Route path=":id" element={<Record />} />
    </Routes>
  );
}
