import { phrase, type Phrase, type PhraseParam } from '../../../shared/i18n/phrases';
import { taskHelp, taskLabel } from '../../../shared/i18n/resources/task-labels';
import type { TaskRow } from './tasks-repository';

type LabelKey = keyof typeof taskLabel.en;
type HelpKey = keyof typeof taskHelp.en;

/**
 * A built-in task's label and help as phrases, so each reader reads them in their language: only while
 * the row still holds the built-in English word for word. A task someone added or reworded has none
 * (null) and is quoted as written.
 */
export function builtInTaskTexts(task: Pick<TaskRow, 'task_key' | 'label' | 'help'>): {
  label: Phrase | null;
  help: Phrase | null;
} {
  const key = task.task_key;
  if (key === null || !Object.hasOwn(taskLabel.en, key) || taskLabel.en[key as LabelKey] !== task.label)
    return { label: null, help: null };
  const help =
    task.help !== null && Object.hasOwn(taskHelp.en, key) && taskHelp.en[key as HelpKey] === task.help
      ? phrase(`taskHelp:${key as HelpKey}`)
      : null;
  return { label: phrase(`taskLabel:${key as LabelKey}`), help };
}

/** The task as a timeline line quotes it: a built-in task's phrase (its English the label), else the label. */
export function taskNamed(task: Pick<TaskRow, 'task_key' | 'label' | 'help'>): PhraseParam {
  return builtInTaskTexts(task).label ?? task.label;
}
