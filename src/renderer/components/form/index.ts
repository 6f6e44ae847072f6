export { EnumSelect } from './EnumSelect';
export { FormCheckbox } from './FormCheckbox';
export { FormDateField } from './FormDateField';
export { FormError } from './FormError';
export { FormTextField } from './FormTextField';
export { useChannelForm, type MutationResult } from './useChannelForm';
