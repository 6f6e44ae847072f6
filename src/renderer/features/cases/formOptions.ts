/**
 * The `useChannelForm` options of this folder's forms: check the fields when the form is submitted,
 * then again on every change. Checking on blur (the default, `onTouched`) puts a message under the
 * field being left as the pointer presses the submit button; the dialog grows, the button moves away
 * from under the pointer, and the click is lost (the end-to-end tests caught it).
 */
export const validateOnSubmit = { mode: 'onSubmit' } as const;
