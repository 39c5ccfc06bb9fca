import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { ApiError } from './api/client';
import { ErrorSummary, focusField, splitErrors, type FieldErrors } from './components';
import { unreadableFields } from './DateTimeFields';

/**
 * One labelled text field as every staff form has it: the label, an optional hint, and the
 * refusal at the field (react-aria ties hint and error to the input with aria-describedby and
 * marks it aria-invalid). The input's id is `field-<name>`, which the error summary's links and
 * focusField() reach.
 */
export function FormField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Dates and times go through DateTimeFields, never a native date/time input. */
  type?: 'text' | 'tel' | 'email';
  inputMode?: 'numeric' | 'text' | 'tel';
  required?: boolean;
  /** A number or a time: a narrow field. */
  short?: boolean;
  /** A text area of this many rows. */
  rows?: number;
  autoComplete?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      className={props.short ? 'field field-short' : 'field'}
      value={props.value}
      onChange={props.onChange}
      type={props.type}
      isRequired={props.required}
      isInvalid={!!props.error}
      validationBehavior="aria"
      autoFocus={props.autoFocus}
    >
      <Label>{props.label}</Label>
      {props.hint && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      {props.rows ? (
        <TextArea id={`field-${props.name}`} rows={props.rows} />
      ) : (
        <Input id={`field-${props.name}`} inputMode={props.inputMode} autoComplete={props.autoComplete} />
      )}
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}

/**
 * A form's refusals: field by field (shown at the field, listed in the summary, focus on the
 * first) and what no field owns. `run` sends the form once at a time; the API's field paths go
 * through `fieldOf` (`alternativeLayouts[0].seats` -> `alternativeLayouts`).
 */
export function useFormErrors(fieldOf: (apiField: string) => string | null) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  /** Refusals found before sending (a field left empty): shown the same way. */
  const refuse = (fields: FieldErrors, extra: string[] = []) => {
    setErrors(fields);
    setGeneral(extra);
    focusField(Object.keys(fields)[0]);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setErrors({});
      setGeneral([]);
    } catch (e) {
      if (e instanceof ApiError) {
        const s = splitErrors(e, fieldOf);
        refuse(s.fields, s.general);
      } else refuse({}, [String(e)]);
    } finally {
      setBusy(false);
    }
  };
  return { errors, general, busy, run, refuse };
}

/** The API's field path to the form's field when the form has one of that name. */
export function rootFieldIn(fields: readonly string[]): (apiField: string) => string | null {
  return (f) => {
    const root = f.split(/[.[]/)[0]!;
    return fields.includes(root) ? root : null;
  };
}

/**
 * A form in a card: its title, the error summary, the fields, and "save" / "back". The title
 * labels the form for screen readers.
 */
export function FormCard(props: {
  id: string;
  title: string;
  errors: FieldErrors;
  general: string[];
  labels: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onBack?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Date and time fields holding text that cannot be read: listed and focused, nothing sent.
  const [unreadable, setUnreadable] = useState<FieldErrors>({});
  return (
    <form
      className="card"
      aria-labelledby={`${props.id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const bad = unreadableFields(e.currentTarget);
        setUnreadable(Object.fromEntries(bad.map((b) => [b.input.id.replace(/^field-/, ''), b.say])));
        if (bad.length) {
          bad[0]!.input.focus();
          return;
        }
        props.onSubmit();
      }}
    >
      <h3 id={`${props.id}-title`} className="h3">
        {props.title}
      </h3>
      <ErrorSummary
        general={props.general}
        fields={Object.keys(unreadable).length ? { ...props.errors, ...unreadable } : props.errors}
        labels={props.labels}
      />
      {props.children}
      <div className="button-row">
        <Button type="submit" className="btn btn-primary" isDisabled={props.busy}>
          {props.submitLabel}
        </Button>
        {props.onBack && (
          <Button className="btn" onPress={props.onBack}>
            {t('common.back')}
          </Button>
        )}
      </div>
    </form>
  );
}
