import { arr, bool, isoDate, literal, nullable, obj, str, type Check } from './shape';
import type { Settings } from './model';

export const settingsShape: Check<Settings> = obj({
  profile: obj({ name: str, emails: arr(str, 20), phone: str, signature: str }),
  cadence: literal('standard', 'patient'),
  defaultEmployerStyle: literal('tech', 'traditional'),
  holidays: arr(isoDate, 400),
  notifications: bool,
  timeZone: nullable(str),
});
