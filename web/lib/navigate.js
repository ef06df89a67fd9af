// Client-side navigation: change the address, then let app.js render the page for it.
export function navigate(href) {
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event('onrecord:navigate'));
}
