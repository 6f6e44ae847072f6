import { namespace } from '../translate';

export const coreRetention = namespace({ placeholder: 'x' }, { placeholder: 'x' });
