/** Events the main process pushes to the renderer through `window.api.on`. */
export interface AppEvents {
  /** Open a screen, e.g. after a click on a desktop notification. */
  navigate: { path: string };
}

export type AppEventName = keyof AppEvents;

export const appEventNames: readonly AppEventName[] = ['navigate'];
