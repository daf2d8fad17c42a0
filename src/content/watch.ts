// Follows a single-page mail app: URL changes (hash, History API) and mutations of the reading pane
// only, debounced, so unrelated page activity costs next to nothing. A URL change is the user moving to
// another thread, so it is answered at once; the pane's mutations come in bursts while the host renders.

const URL_DEBOUNCE_MS = 10;
const MUTATION_DEBOUNCE_MS = 200;
const URL_POLL_MS = 1_000;

export function watchNavigation(readingPane: () => Element | null, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scheduleAfter = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
      observePane();
    }, delay);
  };
  const schedule = () => scheduleAfter(MUTATION_DEBOUNCE_MS);
  const navigated = () => scheduleAfter(URL_DEBOUNCE_MS);

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
  const urlChanged = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    navigated();
  };
  // pushState fires no event of its own: the Navigation API reports it at once where it exists; the poll
  // stays as the fallback (and a backstop should a browser not deliver it to the content script's world).
  const navigation = 'navigation' in window ? window.navigation : null;
  navigation?.addEventListener('currententrychange', urlChanged);
  const poll = setInterval(urlChanged, URL_POLL_MS);
  window.addEventListener('hashchange', navigated);
  window.addEventListener('popstate', navigated);

  observePane();
  navigated();
  return () => {
    observer.disconnect();
    bodyObserver.disconnect();
    clearInterval(poll);
    navigation?.removeEventListener('currententrychange', urlChanged);
    window.removeEventListener('hashchange', navigated);
    window.removeEventListener('popstate', navigated);
    if (timer) clearTimeout(timer);
  };
}
