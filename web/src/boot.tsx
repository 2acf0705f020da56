/**
 * @module web/boot
 * Mounts the dashboard ({@link App}) once the first API answers are in, or after a short wait: a first
 * render with the events shows them in one render and one layout instead of two.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

/** Longest wait for the first answers before rendering without them, in ms. */
export const FIRST_DATA_WAIT = 300;

/** Render the dashboard into `root` when `answers` have settled (or after {@link FIRST_DATA_WAIT}). */
export async function boot(root: HTMLElement, answers: ReadonlyArray<Promise<unknown>>): Promise<void> {
  await Promise.race([Promise.all(answers), new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT))]);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
