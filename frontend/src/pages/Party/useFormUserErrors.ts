import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useUserErrorMessage, type UserErrorEntry } from '../../i18n';

/** A payload's user error with the path of the input field it is about. */
export interface FieldUserError extends UserErrorEntry {
  field: readonly string[];
}

/**
 * Shows a payload's `userErrors` next to the form's fields: an error goes to the field named
 * by the innermost element of its path that the form has (`["input", "phone"]` → `phone`).
 * Returns the sentence for the first error no field shows, or null.
 */
export function useFormUserErrors(): (form: FormInstance, errors: readonly FieldUserError[]) => string | null {
  const userErrorMessage = useUserErrorMessage();
  return useCallback(
    (form: FormInstance, errors: readonly FieldUserError[]) => {
      const names = new Set(form.getFieldsError().map((f) => String(f.name[0])));
      const byField = new Map<string, string[]>();
      let unplaced: string | null = null;
      for (const error of errors) {
        const name = [...error.field].reverse().find((part) => names.has(part));
        if (name) byField.set(name, [...(byField.get(name) ?? []), userErrorMessage(error)]);
        else unplaced ??= userErrorMessage(error);
      }
      form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
      return unplaced;
    },
    [userErrorMessage],
  );
}
