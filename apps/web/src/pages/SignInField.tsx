import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

/**
 * One field of a sign-in form (phone, code, login, password): labelled, its hint and its error
 * tied to it (aria-describedby), invalid state announced. The autocomplete token lets phones
 * offer an SMS code (one-time-code) and password managers fill logins and passwords; nothing
 * blocks pasting (WCAG 3.3.8).
 */
export function SignInField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  autoComplete: string;
  type?: 'text' | 'password' | 'tel';
  inputMode?: 'numeric' | 'tel';
  short?: boolean;
  translate?: 'no';
}) {
  return (
    <TextField
      className={props.short ? 'field field-short' : 'field'}
      value={props.value}
      onChange={props.onChange}
      isInvalid={!!props.error}
      isRequired
      validationBehavior="aria"
      type={props.type ?? 'text'}
    >
      <Label>{props.label}</Label>
      {props.hint && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <Input
        id={props.id}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        translate={props.translate}
      />
      <FieldError className="field-error">{props.error ?? null}</FieldError>
    </TextField>
  );
}
