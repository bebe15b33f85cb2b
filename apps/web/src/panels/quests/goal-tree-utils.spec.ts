import type { GoalTreeNode } from '@seraph/contracts';
import { describe, expect, it } from 'vitest';
import { node } from '../../../test/goal-factory';
import { countDescendants, EMPTY_FILTER, filterTree, parentOptions } from './goal-tree-utils';

const tree = [
  node('Become fit', { level: 'annual' }, [
    node('Run a marathon', { level: 'quarterly', behind: true }, [
      node('Long run sunday', { level: 'weekly', progress: 40 }),
    ]),
    node('Sleep eight hours', { level: 'quarterly', progress: 80 }),
  ]),
  node('Write a book', { level: 'annual', domain: 'growth' }),
];

const titles = (nodes: GoalTreeNode[]): string[] =>
  nodes.flatMap((n) => [n.title, ...titles(n.children)]);

describe('filterTree', () => {
  it('keeps every ancestor of a text match and drops unrelated branches', () => {
    const shown = filterTree(tree, { ...EMPTY_FILTER, text: 'long RUN' });
    expect(titles(shown)).toEqual(['Become fit', 'Run a marathon', 'Long run sunday']);
  });

  it('filters by derived status and level, keeping ancestors', () => {
    expect(titles(filterTree(tree, { ...EMPTY_FILTER, status: 'behind' }))).toEqual([
      'Become fit',
      'Run a marathon',
    ]);
    expect(titles(filterTree(tree, { ...EMPTY_FILTER, level: 'annual' }))).toEqual([
      'Become fit',
      'Write a book',
    ]);
  });

  it('returns the tree unchanged when nothing filters', () => {
    expect(filterTree(tree, EMPTY_FILTER)).toBe(tree);
  });
});

describe('tree helpers', () => {
  it('counts every descendant', () => {
    expect(countDescendants(tree[0])).toBe(3);
  });

  it('offers only coarser goals as parents, with their depth, never the goal itself', () => {
    expect(parentOptions(tree, 'quarterly')).toEqual([
      { id: 'Become fit', title: 'Become fit', depth: 0 },
      { id: 'Write a book', title: 'Write a book', depth: 0 },
    ]);
    expect(parentOptions(tree, 'daily', 'Run a marathon').map((o) => o.id)).toEqual([
      'Become fit',
      'Sleep eight hours',
      'Write a book',
    ]);
  });
});
