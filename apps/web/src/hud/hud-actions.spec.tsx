import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAmbientStore } from '../stores/ambient.store';
import { usePanelsStore } from '../stores/panels.store';
import { useSettingsStore } from '../stores/settings.store';
import { HudActions } from './hud-actions';

beforeEach(() => {
  usePanelsStore.setState({ open: [], positions: {} });
  useAmbientStore.setState({ state: 'idle', reason: '' });
  useSettingsStore.setState({ mode: 'balanced' });
});

describe('HudActions', () => {
  it('labels the panel buttons, shows their keys in tooltips and toggles panels', async () => {
    render(<HudActions />);
    const quests = screen.getByRole('button', { name: 'Quests' });
    expect(quests.getAttribute('title')).toBe('Quests (Q)');
    await userEvent.click(quests);
    expect(usePanelsStore.getState().open).toEqual(['quests']);
    expect(quests.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the ambient state (idle until told) and follows the interruption mode', async () => {
    render(<HudActions />);
    expect(screen.getByRole('status', { name: 'Ambient: idle' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Interruption mode: Balanced' })).toBeTruthy();
    act(() => {
      useAmbientStore.getState().set('goal_behind', 'a goal is behind');
      useSettingsStore.setState({ mode: 'focus' });
    });
    expect(screen.getByRole('status', { name: 'Ambient: goal behind' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Interruption mode: Focus' })).toBeTruthy();
  });
});
