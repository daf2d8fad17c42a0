import type { EmployerStyle } from '../../core/model';

/** Tech employers get email only; traditional ones a phone call after two silent weeks. */
export function EmployerStyleSelect({ value, onChange, id }: { value: EmployerStyle; onChange: (style: EmployerStyle) => void; id?: string }) {
  return (
    <select id={id} class="av-input" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as EmployerStyle)}>
      <option value="tech">Tech or start-up: email</option>
      <option value="traditional">Traditional: email, then phone</option>
    </select>
  );
}
