import { namespace } from '../translate';

export const coreRegisters = namespace({ placeholder: 'x' }, { placeholder: 'x' });
