import { Autocomplete, TextField } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useOrganisationsQuery } from './organisationsApi';

/** An organisation of the register, or the option that adds a new one by the name typed. */
type Option = { id: number; name: string; adding?: string };

const words = {
  addOrganisation: (name: string) => `Add “${name}” to the register…`,
};

/**
 * A customer or supplier of the register (its id, or `null`) bound to a react-hook-form field. With
 * `onAdd`, a name not in the register yet is offered as the last option, so a form never dead-ends
 * at "No options".
 */
export function OrganisationField<T extends FieldValues>({
  control,
  name,
  kind,
  label,
  helperText,
  autoFocus,
  onPicked,
  onAdd,
}: {
  control: Control<T>;
  name: Path<T>;
  kind: 'customer' | 'supplier';
  label: string;
  helperText?: string;
  autoFocus?: boolean;
  /** Called after a choice, for fields that follow from it. */
  onPicked?: (id: number | null) => void;
  onAdd?: (name: string) => void;
}) {
  const { data: organisations } = useOrganisationsQuery({ kind, includeInactive: false });
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete<Option>
          options={organisations ?? []}
          value={(organisations ?? []).find((candidate) => candidate.id === field.value) ?? null}
          onChange={(_event, picked) => {
            if (picked?.adding !== undefined) {
              onAdd?.(picked.adding);
              return;
            }
            field.onChange(picked?.id ?? null);
            field.onBlur();
            onPicked?.(picked?.id ?? null);
          }}
          filterOptions={(options, state) => {
            const typed = state.inputValue.trim();
            const wanted = typed.toLocaleLowerCase('nb');
            const shown = options.filter((option) => option.name.toLocaleLowerCase('nb').includes(wanted));
            const exact = shown.some((option) => option.name.toLocaleLowerCase('nb') === wanted);
            return onAdd && typed && !exact
              ? [...shown, { id: -1, name: words.addOrganisation(typed), adding: typed }]
              : shown;
          }}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, picked) => option.id === picked.id}
          autoHighlight
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              autoFocus={autoFocus}
              inputRef={field.ref}
              error={!!fieldState.error}
              helperText={fieldState.error?.message ?? helperText}
            />
          )}
        />
      )}
    />
  );
}
