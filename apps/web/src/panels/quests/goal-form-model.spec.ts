import { describe, expect, it } from 'vitest';
import { initialValues, validateGoal } from './goal-form-model';

describe('validateGoal', () => {
  it('counts characters as the api does, so an emoji is one', () => {
    const emoji = '🏃';
    expect(emoji.length).toBe(2);
    expect(validateGoal({ ...initialValues(), title: emoji.repeat(200) })).toEqual({});
    expect(validateGoal({ ...initialValues(), title: emoji.repeat(201) }).title).toBe(
      'Title must be at most 200 characters.',
    );
    expect(validateGoal({ ...initialValues(), title: 'x', notes: emoji.repeat(5000) })).toEqual({});
  });

  it('requires a title once trimmed', () => {
    expect(validateGoal({ ...initialValues(), title: '   ' }).title).toBe('Title is required.');
  });
});
