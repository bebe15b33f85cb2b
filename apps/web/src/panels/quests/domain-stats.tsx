import { GOAL_DOMAINS } from '@seraph/contracts';
import { useGoalsStore } from '../../stores/goals.store';
import { DOMAIN_LABEL } from './goal-form-model';

/** Per-domain progress bars from /api/goals/dashboard, plus the health counts. */
export function DomainStats() {
  const dashboard = useGoalsStore((s) => s.dashboard);
  if (!dashboard) return null;
  return (
    <section aria-label="Domain progress" className="domain-stats">
      <ul className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-2">
        {GOAL_DOMAINS.map((d) => {
          const s = dashboard.domains[d];
          return (
            <li key={d} className="flex items-center gap-2" data-domain={d}>
              <span className="domain-tag w-[100px] flex-none">{DOMAIN_LABEL[d]}</span>
              <div
                className="progress-track"
                role="progressbar"
                aria-label={`${DOMAIN_LABEL[d]} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={s.progress}
              >
                <div className="progress-fill" style={{ width: `${s.progress}%` }} />
              </div>
              <span className="meta-text w-[40px] flex-none text-right">
                {s.completed}/{s.total}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="meta-text mt-2">
        ⚠ {dashboard.health.overdue} overdue · ▼ {dashboard.health.behind} behind · …{' '}
        {dashboard.health.stalled} stalled
      </p>
    </section>
  );
}
