import type { CadencePreset, Settings } from '../../core/model';
import { Field } from '../components/Field';
import { EmployerStyleSelect } from './EmployerStyleSelect';

type Props = { settings: Settings; onChange: (next: Settings) => void };

const splitList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function SettingsForm({ settings, onChange }: Props) {
  const profile = settings.profile;
  const setProfile = (patch: Partial<Settings['profile']>) => onChange({ ...settings, profile: { ...profile, ...patch } });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  return (
    <>
      <fieldset>
        <legend>Profile</legend>
        <Field label="Your name">
          <input class="av-input" value={profile.name} autocomplete="name" onInput={(e) => setProfile({ name: value(e) })} />
        </Field>
        <Field label="Your email addresses" hint="Separated by commas. Afterview uses them to tell your messages from the employer's.">
          <input
            class="av-input"
            value={profile.emails.join(', ')}
            autocomplete="email"
            onChange={(e) => setProfile({ emails: splitList(value(e)) })}
          />
        </Field>
        <Field label="Phone">
          <input class="av-input" value={profile.phone} autocomplete="tel" onInput={(e) => setProfile({ phone: value(e) })} />
        </Field>
        <Field label="Signature" hint="Added under every draft.">
          <textarea class="av-input" value={profile.signature} onInput={(e) => setProfile({ signature: value(e) })} />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Follow-up</legend>
        <Field label="Check-in cadence">
          <select class="av-input" value={settings.cadence} onChange={(e) => onChange({ ...settings, cadence: value(e) as CadencePreset })}>
            <option value="standard">Standard: every 7–10 days</option>
            <option value="patient">Patient: every 3 weeks</option>
          </select>
        </Field>
        <Field label="Usual employer style" hint="Traditional employers get a phone call when an emailed check-in goes unanswered for two weeks.">
          <EmployerStyleSelect value={settings.defaultEmployerStyle} onChange={(style) => onChange({ ...settings, defaultEmployerStyle: style })} />
        </Field>
        <Field label="Holidays" hint="Days that are not business days for you, one per line (YYYY-MM-DD). Weekends never are.">
          <textarea
            class="av-input"
            value={settings.holidays.join('\n')}
            onChange={(e) => onChange({ ...settings, holidays: splitList(value(e)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)) })}
          />
        </Field>
        <label class="av-check">
          <input
            type="checkbox"
            checked={settings.notifications}
            onChange={(e) => onChange({ ...settings, notifications: (e.currentTarget as HTMLInputElement).checked })}
          />
          Notify me when a check-in falls due
        </label>
      </fieldset>
    </>
  );
}
