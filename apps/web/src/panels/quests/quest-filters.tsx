import { GOAL_DOMAINS, GOAL_HEALTH_FLAGS, GOAL_LEVELS, GOAL_STATUSES } from '@seraph/contracts';
import { useGoalsStore, type QuestSort } from '../../stores/goals.store';
import { DOMAIN_LABEL, LEVEL_LABEL } from './goal-form-model';
import type { QuestFilter } from './goal-tree-utils';

export interface QuestFiltersProps {
  filter: QuestFilter;
  onChange: (filter: QuestFilter) => void;
}

type SelectKey = 'level' | 'domain' | 'status';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Each select: its accessible label and its options as [value, text]; '' means "any". */
const SELECTS: { key: SelectKey; label: string; options: [string, string][] }[] = [
  {
    key: 'level',
    label: 'Level',
    options: [['', 'All levels'], ...GOAL_LEVELS.map((l): [string, string] => [l, LEVEL_LABEL[l]])],
  },
  {
    key: 'domain',
    label: 'Domain',
    options: [
      ['', 'All domains'],
      ...GOAL_DOMAINS.map((d): [string, string] => [d, DOMAIN_LABEL[d]]),
    ],
  },
  {
    key: 'status',
    label: 'Status',
    options: [
      ['', 'All statuses'],
      ...[...GOAL_STATUSES, ...GOAL_HEALTH_FLAGS].map((s): [string, string] => [s, cap(s)]),
    ],
  },
];

const SORTS: [QuestSort, string][] = [
  ['created', 'Sort: created'],
  ['due', 'Sort: due date'],
  ['progress', 'Sort: progress'],
];

/** "Sort by" and the direction toggle; the server orders the tree (kept in the goals store). */
function SortControls() {
  const sort = useGoalsStore((s) => s.sort);
  const order = useGoalsStore((s) => s.order);
  const name = order === 'asc' ? 'Sort ascending' : 'Sort descending';
  return (
    <div className="flex min-w-0 gap-2">
      <select
        className="pixel-input min-w-0 flex-1"
        aria-label="Sort by"
        value={sort}
        onChange={(e) => void useGoalsStore.getState().setSort(e.target.value as QuestSort)}
      >
        {SORTS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="pixel-button pixel-button--ghost quest-order"
        aria-label={name}
        title={`${name} (click to reverse)`}
        onClick={() => void useGoalsStore.getState().toggleOrder()}
      >
        <span aria-hidden="true">{order === 'asc' ? '↑' : '↓'}</span>
      </button>
    </div>
  );
}

/** Search box, level / domain / status selects and the sort order of the quest tree. */
export function QuestFilters({ filter, onChange }: QuestFiltersProps) {
  return (
    <div className="quest-filters grid grid-cols-2 gap-2 sm:grid-cols-4" role="search">
      <input
        type="search"
        className="pixel-input col-span-2 sm:col-span-4"
        placeholder="Search quests…"
        aria-label="Search quests"
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      {SELECTS.map(({ key, label, options }) => (
        <select
          key={key}
          className="pixel-input"
          aria-label={label}
          value={filter[key]}
          onChange={(e) => onChange({ ...filter, [key]: e.target.value } as QuestFilter)}
        >
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ))}
      <SortControls />
    </div>
  );
}
