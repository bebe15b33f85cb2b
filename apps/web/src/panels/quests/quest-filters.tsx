import { GOAL_DOMAINS, GOAL_LEVELS, GOAL_STATUSES, GOAL_HEALTH_FLAGS } from '@seraph/contracts';
import { DOMAIN_LABEL, LEVEL_LABEL } from './goal-form-model';
import type { QuestFilter } from './goal-tree-utils';

export interface QuestFiltersProps {
  filter: QuestFilter;
  onChange: (filter: QuestFilter) => void;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Search box, level / domain / status selects and the sort order of the quest tree. */
export function QuestFilters({ filter, onChange }: QuestFiltersProps) {
  const set = <K extends keyof QuestFilter>(key: K, value: QuestFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <div className="quest-filters grid grid-cols-2 gap-2 sm:grid-cols-4" role="search">
      <input
        type="search"
        className="pixel-input col-span-2 sm:col-span-4"
        placeholder="Search quests…"
        aria-label="Search quests"
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <select
        className="pixel-input"
        aria-label="Level"
        value={filter.level}
        onChange={(e) => set('level', e.target.value as QuestFilter['level'])}
      >
        <option value="">All levels</option>
        {GOAL_LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABEL[l]}
          </option>
        ))}
      </select>
      <select
        className="pixel-input"
        aria-label="Domain"
        value={filter.domain}
        onChange={(e) => set('domain', e.target.value as QuestFilter['domain'])}
      >
        <option value="">All domains</option>
        {GOAL_DOMAINS.map((d) => (
          <option key={d} value={d}>
            {DOMAIN_LABEL[d]}
          </option>
        ))}
      </select>
      <select
        className="pixel-input"
        aria-label="Status"
        value={filter.status}
        onChange={(e) => set('status', e.target.value as QuestFilter['status'])}
      >
        <option value="">All statuses</option>
        {[...GOAL_STATUSES, ...GOAL_HEALTH_FLAGS].map((s) => (
          <option key={s} value={s}>
            {cap(s)}
          </option>
        ))}
      </select>
      <select
        className="pixel-input"
        aria-label="Sort by"
        value={filter.sort}
        onChange={(e) => set('sort', e.target.value as QuestFilter['sort'])}
      >
        <option value="created">Sort: created</option>
        <option value="due">Sort: due date</option>
        <option value="progress">Sort: progress</option>
      </select>
    </div>
  );
}
