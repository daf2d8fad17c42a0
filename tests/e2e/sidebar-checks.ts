// What several browser tests check of the sidebar the same way: the mailbox owner left out of a thread's people.
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/** The draft's message box. */
export const draftBody = (sidebar: Locator) => sidebar.getByRole('textbox', { name: 'Message' });

/** The owner is recognised: never an interviewer (chip or offered name), never the draft's addressee. */
export async function expectOwnerLeftOut(sidebar: Locator, owner: string, greeting: string): Promise<void> {
  await expect.poll(() => draftBody(sidebar).inputValue(), { timeout: 10_000 }).toContain(greeting);
  expect(await draftBody(sidebar).inputValue()).not.toContain(`Hi ${owner.split(' ')[0]},`);
  expect(await sidebar.getByRole('button', { name: `Remove ${owner}` }).count()).toBe(0);
  expect(await sidebar.getByRole('button', { name: `Add ${owner}` }).count()).toBe(0);
  expect(await sidebar.getByText(`Draft to ${owner}`).count()).toBe(0);
}
