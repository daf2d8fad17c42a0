// The same id on every device for the same thing. Each device makes its own application when it reads
// a thread (store/new-application.ts, store/ids.ts: a random id), so without this the laptop's and the
// desktop's copies of one application would be two records in storage.sync. Seeded by what both
// devices see alike: the thread's key for an application, the application's id and round for an
// interview (a thank-you check-in's key holds the interview's id: core/schedule/plan.ts).

/** 128 bits from a text (cyrb128: four mixed 32-bit lanes). Spreads ids; not a defence against anyone. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** An id of the form store/ids.ts makes (a version-8, "custom" uuid), the same for the same seed. */
export function stableId(seed: string): string {
  const hex = hash128(seed).map((n) => n.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const applicationIdForThread = (threadKey: string) => stableId(`application|${threadKey}`);
export const interviewIdFor = (applicationId: string, round: number) => stableId(`interview|${applicationId}|${round}`);
