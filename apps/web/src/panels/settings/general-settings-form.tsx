import { CONTEXT_WINDOW_STRATEGIES, type Settings } from '@seraph/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError, problemOf } from '../../api/api-client';
import { useSettingsStore } from '../../stores/settings.store';

type Editable = Pick<
  Settings,
  | 'contextWindowStrategy'
  | 'timezone'
  | 'briefingTime'
  | 'reviewTime'
  | 'activeHoursStart'
  | 'activeHoursEnd'
>;

const FIELDS: { key: keyof Editable; label: string; type: string; hint?: string }[] = [
  { key: 'timezone', label: 'Time zone', type: 'text' },
  { key: 'briefingTime', label: 'Morning briefing', type: 'time' },
  { key: 'reviewTime', label: 'Evening review', type: 'time' },
  {
    key: 'activeHoursStart',
    label: 'Active from',
    type: 'time',
    hint: 'Seraph reaches out only between these times; urgent alerts excepted.',
  },
  { key: 'activeHoursEnd', label: 'Active until', type: 'time' },
];

/** Context-window strategy, time zone, briefing times and active hours (PATCH /api/settings). */
export function GeneralSettingsForm({ settings }: { settings: Settings }) {
  const update = useSettingsStore((s) => s.update);
  const [values, setValues] = useState<Editable>({
    contextWindowStrategy: settings.contextWindowStrategy,
    timezone: settings.timezone,
    briefingTime: settings.briefingTime,
    reviewTime: settings.reviewTime,
    activeHoursStart: settings.activeHoursStart,
    activeHoursEnd: settings.activeHoursEnd,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const error = await update(values);
    if (!error) {
      setErrors({});
      setSaved(true);
      return;
    }
    const next: Record<string, string> = {};
    if (error instanceof ApiError && error.details.length > 0)
      for (const d of error.details) next[d.field] = `${d.field} ${d.rule}.`;
    else next.form = problemOf(error);
    setErrors(next);
  };

  return (
    <form className="flex flex-col gap-2" noValidate onSubmit={onSubmit}>
      <label className="field-label" htmlFor="settings-strategy">
        Context window
      </label>
      <select
        id="settings-strategy"
        className="pixel-input"
        value={values.contextWindowStrategy}
        onChange={(e) =>
          setValues({
            ...values,
            contextWindowStrategy: e.target.value as Editable['contextWindowStrategy'],
          })
        }
      >
        {CONTEXT_WINDOW_STRATEGIES.map((s) => (
          <option key={s} value={s}>
            {s === 'adaptive' ? 'Adaptive (summarise older turns)' : 'Fixed (last turns only)'}
          </option>
        ))}
      </select>
      {FIELDS.map(({ key, label, type, hint }) => (
        <div key={key} className="flex flex-col gap-1">
          <label className="field-label" htmlFor={`settings-${key}`}>
            {label}
          </label>
          {hint && <p className="meta-text">{hint}</p>}
          <input
            id={`settings-${key}`}
            type={type}
            className="pixel-input"
            value={values[key]}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `settings-${key}-error` : undefined}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          />
          {errors[key] && (
            <p id={`settings-${key}-error`} className="field-error">
              ✖ {errors[key]}
            </p>
          )}
        </div>
      ))}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="mt-1 flex items-center gap-3">
        <button type="submit" className="pixel-button">
          Save settings
        </button>
        {saved && (
          <span className="meta-text" role="status">
            ✔ Saved
          </span>
        )}
      </div>
    </form>
  );
}
