import type { InterruptionModeResponse } from '@seraph/contracts';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { socketSink } from '../../app/server-connection';
import { ToastStack } from '../../app/toast-stack';
import { useProactiveStore } from '../../stores/proactive.store';
import { useSettingsStore } from '../../stores/settings.store';
import { InterruptionModeToggle } from './interruption-mode-toggle';

const modeAnswer = (patch: Partial<InterruptionModeResponse> = {}) => ({
  status: 200,
  body: { mode: 'balanced', attentionBudgetRemaining: 5, userState: 'available', ...patch },
});

beforeEach(() => {
  useSettingsStore.setState({ settings: null, mode: 'balanced', budget: null });
  useProactiveStore.getState().clear();
});

const budgetText = () => screen.getByTestId('attention-budget').textContent;

describe('attention budget beside the interruption mode', () => {
  it('shows what is left, and follows a mode change', async () => {
    const fetchMock = stubFetch({
      '/api/settings/interruption-mode': () => {
        const put = fetchMock.mock.calls.at(-1)?.[1]?.method === 'PUT';
        return put ? modeAnswer({ mode: 'focus', attentionBudgetRemaining: 0 }) : modeAnswer();
      },
    });
    render(<InterruptionModeToggle />);
    expect(screen.queryByTestId('attention-budget')).toBeNull();
    await act(() => useSettingsStore.getState().refreshMode());
    expect(budgetText()).toBe('Attention budget: 5 left today');

    fireEvent.click(screen.getByRole('radio', { name: 'Focus' }));
    await screen.findByText('0');
    expect(budgetText()).toBe('Attention budget: 0 left today');
  });

  it('re-reads the budget after a proactive message and after settings:changed', async () => {
    let left = 5;
    const fetchMock = stubFetch({
      '/api/settings/interruption-mode': () => modeAnswer({ attentionBudgetRemaining: left }),
    });
    useSettingsStore.setState({ budget: 5 });
    render(<InterruptionModeToggle />);

    left = 4;
    act(() =>
      socketSink.onProactive?.({
        id: 'p1',
        sessionId: 's1',
        text: 'Stretch?',
        urgency: 3,
        type: 'nudge',
        goalIds: [],
        at: new Date().toISOString(),
      }),
    );
    expect(await screen.findByText('4')).toBeTruthy();

    left = 15;
    const before = fetchMock.mock.calls.length;
    act(() =>
      socketSink.onSettingsChanged?.({
        settings: {
          interruptionMode: 'active',
          contextWindowStrategy: 'adaptive',
          timezone: 'UTC',
          briefingTime: '08:00',
          reviewTime: '21:00',
          activeHoursStart: '08:00',
          activeHoursEnd: '22:00',
          updatedAt: new Date().toISOString(),
        },
      }),
    );
    expect(await screen.findByText('15')).toBeTruthy();
    expect(fetchMock.mock.calls.length).toBeGreaterThan(before);
    expect(budgetText()).toBe('Attention budget: 15 left today');
  });

  it('keeps a mode the user just picked when an older refresh answers late', async () => {
    let releaseGet: () => void = () => undefined;
    const reply = (body: object) => new Response(JSON.stringify(body), { status: 200 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init?: RequestInit) => {
        if (init?.method === 'PUT') return reply({ mode: 'active', attentionBudgetRemaining: 15 });
        await new Promise<void>((resolve) => (releaseGet = resolve));
        return reply({ mode: 'balanced', attentionBudgetRemaining: 5, userState: 'available' });
      }),
    );
    const refresh = useSettingsStore.getState().refreshMode();
    await useSettingsStore.getState().setMode('active');
    releaseGet();
    await refresh;
    expect(useSettingsStore.getState().mode).toBe('active');
    expect(useSettingsStore.getState().budget).toBe(15);
  });
});

describe('"Think now"', () => {
  const renderWithToasts = () =>
    render(
      <>
        <InterruptionModeToggle />
        <ToastStack />
      </>,
    );

  it('asks the worker for a tick, says so, and holds the button while asking', async () => {
    const fetchMock = stubFetch({
      '/api/strategist/run': { status: 202, body: { jobId: 'manual-2026-11-25T21-40' } },
    });
    renderWithToasts();
    const button = screen.getByRole('button', { name: 'Think now' });
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Asking…' })).toHaveProperty('disabled', true);
    await screen.findByRole('button', { name: 'Think now' });
    const call = fetchMock.mock.calls.find(([url]) => String(url) === '/api/strategist/run');
    expect(call?.[1]?.method).toBe('POST');
    expect(
      (await screen.findByText(/Seraph is looking over your quests/)).closest('[role="status"]'),
    ).toBeTruthy();
  });

  it('explains a refusal (e.g. Redis down: 503)', async () => {
    stubFetch({
      '/api/strategist/run': {
        status: 503,
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'The job queue is unreachable',
        },
      },
    });
    renderWithToasts();
    fireEvent.click(screen.getByRole('button', { name: 'Think now' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Seraph could not start thinking: The job queue is unreachable',
    );
    expect(screen.getByRole('button', { name: 'Think now' })).toHaveProperty('disabled', false);
  });
});
