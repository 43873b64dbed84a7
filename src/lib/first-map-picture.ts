// The first map pre-rendered into index.html at build time (config/first-map.ts): a picture of the default view's map
// (or the sub-ICB level's), shown by first-map.js only when the link is exactly its view. React replaces #root's
// content, so before it renders the picture moves to an overlay at the same place on the page, where it stays until
// the app's Leaflet map has drawn its areas (AreaLayer), the view changes, or the app fails: then it is removed.
// It is a picture only: aria-hidden, and not clickable (app.css).

const PICTURE = '[data-first-map]';
let lifted: HTMLElement | null = null;

/**
 * Before the first render: the picture on show, moved out of #root to the body at the same place (absolute, so it
 * scrolls with the page), or null when there is none; pictures not on show are removed.
 */
export function liftFirstMapPicture(): HTMLElement | null {
  const pictures = [...document.querySelectorAll<HTMLElement>(PICTURE)];
  for (const picture of pictures) if (picture.hidden) picture.remove();
  const picture = pictures.find((p) => !p.hidden) ?? null;
  if (!picture) return null;
  const rect = picture.getBoundingClientRect();
  Object.assign(picture.style, {
    position: 'absolute',
    left: `${rect.left + window.scrollX}px`,
    top: `${rect.top + window.scrollY}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    margin: '0',
  });
  picture.classList.add('first-map-overlay');
  document.body.appendChild(picture);
  lifted = picture;
  return picture;
}

/** The picture on show (lifted), or null once removed. */
export function firstMapPicture(): HTMLElement | null {
  return lifted?.isConnected ? lifted : null;
}

/** Removes the picture (the live map has drawn, the view changed, or the app failed); safe to call again. */
export function dropFirstMapPicture(): void {
  lifted?.remove();
  lifted = null;
  for (const picture of document.querySelectorAll(PICTURE)) picture.remove();
}
