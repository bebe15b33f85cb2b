import { useId, useState, type FormEvent } from 'react';
import { login, type LoginResult } from '../api/session';
import './sign-in-card.css';

const MESSAGES: Record<Exclude<LoginResult, 'ok'> | 'empty', string> = {
  empty: 'Enter your access token.',
  rejected: 'That token was not accepted.',
  failed: 'The server could not be reached. Try again in a moment.',
};

export interface SignInCardProps {
  onSignedIn: () => void;
  /** Injected in tests; defaults to `POST /api/auth/login`. */
  submitToken?: (token: string) => Promise<LoginResult>;
}

/** Asks for the access token the api is configured with; the api answers with a session cookie. */
export function SignInCard({ onSignedIn, submitToken = login }: SignInCardProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (token.trim() === '') {
      setError(MESSAGES.empty);
      return;
    }
    setPending(true);
    setError(null);
    const result = await submitToken(token.trim());
    setPending(false);
    if (result === 'ok') {
      onSignedIn();
      return;
    }
    setError(MESSAGES[result]);
  };

  return (
    <section className="sign-in pixel-frame" aria-labelledby={`${inputId}-title`}>
      <h1 className="sign-in__title" id={`${inputId}-title`}>
        The gate is sealed
      </h1>
      <p className="sign-in__text">This Seraph asks for its access token.</p>
      <form className="sign-in__form" onSubmit={onSubmit} noValidate>
        {/* Lets password managers file the token under a name; never shown. */}
        <input type="text" name="username" autoComplete="username" value="seraph" readOnly hidden />
        <label className="sign-in__label" htmlFor={inputId}>
          Access token
        </label>
        <input
          id={inputId}
          className="sign-in__input"
          type="password"
          name="token"
          autoComplete="current-password"
          autoFocus
          required
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button className="pixel-button" type="submit" disabled={pending}>
          {pending ? 'Checking…' : 'Enter'}
        </button>
        {error && (
          <p className="sign-in__error" id={errorId} role="alert">
            <span aria-hidden="true">✕ </span>
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
