// Answers kept across threads for pure functions of a word or a name: mail repeats the same few
// (its people, its company, its common words) within a thread and from one thread to the next.

const KEPT = 4_096;

/** `read`, its answers kept; past `size` of them they are all dropped, so a hostile thread cannot grow it without bound. */
export function keptAnswers<T>(read: (text: string) => T, size = KEPT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = read(text);
      if (answers.size >= size) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
