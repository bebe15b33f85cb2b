import { DEFAULT_SETTINGS, type Settings } from '@seraph/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { GeneralSettingsForm } from './general-settings-form';

const settings: Settings = { ...DEFAULT_SETTINGS, updatedAt: '2026-11-25T20:00:00.000Z' };

describe('general settings form', () => {
  it('edits the active hours and sends them with the rest', async () => {
    const fetchMock = stubFetch({
      '/api/settings': {
        status: 200,
        body: { ...settings, activeHoursStart: '07:30', activeHoursEnd: '23:00' },
      },
    });
    render(<GeneralSettingsForm settings={settings} />);
    expect(screen.getByLabelText('Active from')).toHaveProperty('value', '08:00');
    fireEvent.change(screen.getByLabelText('Active from'), { target: { value: '07:30' } });
    fireEvent.change(screen.getByLabelText('Active until'), { target: { value: '23:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('✔ Saved');
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PATCH') ?? [];
    expect(JSON.parse(String(init?.body))).toMatchObject({
      activeHoursStart: '07:30',
      activeHoursEnd: '23:00',
    });
  });

  it('shows the server’s rule next to the field it names', async () => {
    stubFetch({
      '/api/settings': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'activeHoursEnd must differ from activeHoursStart',
          details: [{ field: 'activeHoursEnd', rule: 'must differ from activeHoursStart' }],
        },
      },
    });
    render(<GeneralSettingsForm settings={settings} />);
    fireEvent.change(screen.getByLabelText('Active until'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('✖ activeHoursEnd must differ from activeHoursStart.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Active until').getAttribute('aria-invalid')).toBe('true');
  });
});
