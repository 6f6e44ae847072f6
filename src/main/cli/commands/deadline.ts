import { isCalendarDate } from '../../../shared/calendar';
import { dueDate, extendedDueDate, shortDate } from '../../core/deadlines/engine';
import { type CliCommand, stringOption, UsageError } from '../command';

export const deadlineCommand: CliCommand = {
  words: ['deadline'],
  usage: 'deadline --received YYYY-MM-DD [--json]',
  summary:
    'The due date and the extended due date of a rights request received that day (one month, or three ' +
    'with an extension; moved to the next Norwegian working day).',
  options: { received: { type: 'string' }, json: { type: 'boolean' } },
  run: async ({ io, values }) => {
    const received = stringOption(values, 'received');
    if (!received) throw new UsageError('Give the day the request was received: --received YYYY-MM-DD.');
    if (!isCalendarDate(received))
      throw new UsageError(`"${received}" is not a date in the form YYYY-MM-DD.`);
    const due = dueDate({ received });
    const extended = extendedDueDate({ received });
    if (values.json) {
      io.out(JSON.stringify({ received, due: due.date, extendedDue: extended.date }));
      return 0;
    }
    io.out(`Received:      ${shortDate(received, true)} ${received.slice(0, 4)}`);
    io.out(`Due:           ${due.date}  (${due.explanation})`);
    io.out(`Extended due:  ${extended.date}  (${extended.explanation})`);
    return 0;
  },
};
