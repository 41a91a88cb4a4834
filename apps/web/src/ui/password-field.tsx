import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field';

type PasswordFieldProps = Omit<TextFieldProps, 'type'>;

/** Long passwords are typed more reliably when they can be seen: the choice is left to the person. */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = `${props.id}-show`;

  return (
    <div className="password-field">
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
      <div className="checkbox">
        <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={toggleId}>{t('form.showPassword')}</label>
      </div>
    </div>
  );
}
