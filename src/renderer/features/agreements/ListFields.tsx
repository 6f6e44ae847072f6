import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type FieldValues } from 'react-hook-form';
import { type CountryCode, countryCodes, countryName } from '../../../shared/countries';
import { TransferStatusChip } from '../../components/CountrySelect';
import type { LabelledFieldProps } from '../../components/form/BoundTextField';
import {
  specialCategories,
  specialCategoryLabels,
  type SpecialCategory,
} from '../../../shared/agreements/rules';

/**
 * A list bound to a react-hook-form field, picked or typed in an Autocomplete whose values show as
 * chips; the field's error under it instead of the help text.
 */
function ListField<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  helperText,
  options,
  freeSolo,
  labelOf = (value) => value,
  chipColor = 'default',
  optionBadge,
}: LabelledFieldProps<T> & {
  helperText: string;
  options: readonly V[];
  freeSolo?: boolean;
  labelOf?: (value: V) => string;
  chipColor?: 'default' | 'warning';
  /** Shown at the end of each option (a country's transfer status). */
  optionBadge?: (value: V) => ReactNode;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete<V, true, false, boolean>
          multiple
          freeSolo={freeSolo}
          autoSelect={freeSolo}
          options={[...options]}
          value={(field.value as V[] | undefined) ?? []}
          onChange={(_event, next) => {
            field.onChange(next.map((item) => item.trim()).filter(Boolean));
            field.onBlur();
          }}
          getOptionLabel={(option) => labelOf(option as V)}
          autoHighlight={!freeSolo}
          renderOption={
            optionBadge &&
            (({ key, ...props }, option) => (
              <Box
                component="li"
                key={key}
                {...props}
                sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
              >
                <span>{labelOf(option)}</span>
                {optionBadge(option)}
              </Box>
            ))
          }
          renderValue={(items, getItemProps) =>
            items.map((item, index) => {
              const { key, ...props } = getItemProps({ index });
              return <Chip key={key} size="small" color={chipColor} label={labelOf(item as V)} {...props} />;
            })
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
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

/** A list of free words with suggestions: type and press Enter to add one. */
export function WordListField<T extends FieldValues>(
  props: LabelledFieldProps<T> & { helperText: string; options: readonly string[] },
) {
  return <ListField {...props} freeSolo />;
}

/** The special categories of Art. 9 and 10 a processing touches, each flagged. */
export function SpecialCategoriesField<T extends FieldValues>(
  props: LabelledFieldProps<T> & { helperText: string },
) {
  return (
    <ListField<T, SpecialCategory>
      {...props}
      options={specialCategories}
      labelOf={(category) => specialCategoryLabels[category]}
      chipColor="warning"
    />
  );
}

const countryOptions = [...countryCodes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));

/** Countries, each option with whether sending data there is a transfer under Chapter V. */
export function LocationsField<T extends FieldValues>(props: LabelledFieldProps<T> & { helperText: string }) {
  return (
    <ListField<T, CountryCode>
      {...props}
      options={countryOptions}
      labelOf={countryName}
      optionBadge={(code) => <TransferStatusChip country={code} />}
    />
  );
}
