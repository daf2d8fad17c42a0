// Follows a single-page mail app: URL changes (hash, History API) and mutations of the reading pane
// only, debounced, so unrelated page activity costs next to nothing.

const DEBOUNCE_MS = 200;
const URL_POLL_MS = 1_000;

export function watchNavigation(readingPane: () => Element | null, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
      observePane();
    }, DEBOUNCE_MS);
  };

  let observed: Element | null = null;
  const observer = new MutationObserver(schedule);
  const observePane = () => {
    const pane = readingPane();
    if (pane === observed) return;
    observer.disconnect();
    observed = pane;
    if (pane) observer.observe(pane, { childList: true, subtree: true });
  };

  // The reading pane may appear later than the page (Gmail and Outlook render late): watch for it cheaply.
  const bodyObserver = new MutationObserver(() => {
    if (!observed && readingPane()) schedule();
  });
  bodyObserver.observe(document.body, { childList: true });

  let lastUrl = location.href;
  const poll = setInterval(() => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      schedule();
    }
  }, URL_POLL_MS);
  window.addEventListener('hashchange', schedule);
  window.addEventListener('popstate', schedule);

  observePane();
  schedule();
  return () => {
    observer.disconnect();
    bodyObserver.disconnect();
    clearInterval(poll);
    window.removeEventListener('hashchange', schedule);
    window.removeEventListener('popstate', schedule);
    if (timer) clearTimeout(timer);
  };
}
