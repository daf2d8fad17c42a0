// How an application is named where the user reads it. A company or role nobody has given yet is said in
// plain words, never filled with a guess such as the thread's subject.
export const companyLabel = (company: string): string => company.trim() || 'Unknown company';

export const applicationLabel = (app: { company: string; role: string }): string =>
  app.role.trim() ? `${companyLabel(app.company)} — ${app.role.trim()}` : companyLabel(app.company);
