import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInCard } from './sign-in-card';

function submit(token: string) {
  fireEvent.change(screen.getByLabelText('Access token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Enter' }));
}

describe('SignInCard', () => {
  it('asks for a token before submitting anything', async () => {
    const submitToken = vi.fn();
    render(<SignInCard onSignedIn={vi.fn()} submitToken={submitToken} />);
    submit('   ');
    expect((await screen.findByRole('alert')).textContent).toContain('Enter your access token.');
    expect(submitToken).not.toHaveBeenCalled();
  });

  it('says so when the token is refused, and stays', async () => {
    const onSignedIn = vi.fn();
    render(<SignInCard onSignedIn={onSignedIn} submitToken={async () => 'rejected'} />);
    submit('wrong');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That token was not accepted.',
    );
    expect(screen.getByLabelText('Access token').getAttribute('aria-invalid')).toBe('true');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('sends the trimmed token and reports success', async () => {
    const submitToken = vi.fn(async () => 'ok' as const);
    const onSignedIn = vi.fn();
    render(<SignInCard onSignedIn={onSignedIn} submitToken={submitToken} />);
    submit('  s3cret  ');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(submitToken).toHaveBeenCalledWith('s3cret');
  });
});
