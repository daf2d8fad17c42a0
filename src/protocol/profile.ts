// Who the user is. A mail tab may fill an empty profile with the account its page shows, in one click, and
// open the options page to edit it; every other settings change comes only from Afterview's pages (SECURITY.md).
import { obj, str } from '../core/shape';
import { replanAll } from '../store/plan';
import { readSettings, writeSettings } from '../store/queries';
import { ANY_CALLER, command } from './command';

const ADDRESS = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export const profileCommands = {
  'profile/adopt': command({
    shape: obj({ name: str, email: str }),
    callers: ANY_CALLER,
    handle: async ({ name, email }, { db, now, write }) => {
      const fullName = name.replace(/\s+/g, ' ').trim().slice(0, 200);
      const address = email.trim();
      if (!fullName) throw new Error('Afterview needs a name to fill in your profile. Nothing was changed.');
      if (address && !ADDRESS.test(address)) throw new Error('That is not an email address Afterview can use. Nothing was changed.');
      await write(async () => {
        const settings = await readSettings(db);
        // Only an empty profile: a mail page must not be able to rename a user who already said who they are.
        if (settings.profile.name.trim() || settings.profile.emails.length > 0) throw new Error('Your profile is already filled in; change it on the options page. Nothing was changed.');
        await writeSettings(db, { ...settings, profile: { ...settings.profile, name: fullName, emails: address ? [address] : [] } });
        await replanAll(db, now());
      });
      return readSettings(db);
    },
  }),
  'options/open': command({
    shape: obj({}),
    callers: ANY_CALLER,
    handle: async (_payload, { openOptions }) => {
      await openOptions();
      return { opened: true as const };
    },
  }),
};
