export { EnumSelect } from './EnumSelect';
export { FormCheckbox } from './FormCheckbox';
export { FormDateField } from './FormDateField';
export { FormDialog } from './FormDialog';
export { FormError } from './FormError';
export { FormTextField } from './FormTextField';
export { fieldBinder, useChannelForm, type MutationResult } from './useChannelForm';
export { useDialogForm } from './useDialogForm';
