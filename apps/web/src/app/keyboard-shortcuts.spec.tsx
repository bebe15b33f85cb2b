import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePanelsStore } from '../stores/panels.store';
import { shortcutFor, useKeyboardShortcuts } from './keyboard-shortcuts';

function Harness() {
  useKeyboardShortcuts();
  return (
    <div>
      <input aria-label="Name" />
      <textarea aria-label="Notes" />
      <button type="button">Elsewhere</button>
    </div>
  );
}

beforeEach(() => usePanelsStore.setState({ open: [], positions: {} }));

describe('keyboard shortcuts', () => {
  it('toggles panels with C, Q and S and closes the top one with Esc', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await userEvent.keyboard('q');
    await userEvent.keyboard('S');
    await userEvent.keyboard('c');
    expect(usePanelsStore.getState().open).toEqual(['quests', 'settings', 'chat']);
    await userEvent.keyboard('{Escape}');
    expect(usePanelsStore.getState().open).toEqual(['quests', 'settings']);
    await userEvent.keyboard('q');
    expect(usePanelsStore.getState().open).toEqual(['settings']);
  });

  it('ignores the keys while typing in an input or a textarea', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByLabelText('Name'), 'quests');
    await userEvent.type(screen.getByLabelText('Notes'), 'scs{Escape}');
    expect(usePanelsStore.getState().open).toEqual([]);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('quests');
  });

  it('maps I (either case) to delivering insights, but not while typing', () => {
    const keys = { ctrlKey: false, metaKey: false, altKey: false };
    const input = document.createElement('input');
    expect(shortcutFor({ key: 'i', target: document.body, ...keys })).toEqual({
      type: 'deliver-insights',
    });
    expect(shortcutFor({ key: 'I', target: document.body, ...keys })?.type).toBe(
      'deliver-insights',
    );
    expect(shortcutFor({ key: 'i', target: input, ...keys })).toBe(null);
  });

  it('ignores modified keys', () => {
    const target = document.body;
    expect(shortcutFor({ key: 'c', target, ctrlKey: true, metaKey: false, altKey: false })).toBe(
      null,
    );
    expect(shortcutFor({ key: 'x', target, ctrlKey: false, metaKey: false, altKey: false })).toBe(
      null,
    );
  });
});
