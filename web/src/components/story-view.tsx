/**
 * @module web/components/story-view
 * A stored story (`/api/stories/:id`) in a modal dialog: its text with every event's source, trigger
 * and target highlighted, and the list of its events; picking one marks its spans and scrolls to them.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { StoredStory } from '../api/types';
import { useApi } from '../api/use-api';
import { storyUrl } from '../api/urls';
import { EventHeader, EventRows } from './event-rows';
import { eventSpans, Highlighted, HighlightLegend, type Span } from './highlight';

/** Props of {@link StoryView}. */
export interface StoryViewProps {
  storyId: string;
  /** The event to mark, or `''`. */
  eventId: string;
  onEvent: (eventId: string) => void;
  onClose: () => void;
}

/** The story dialog (open while mounted). */
export function StoryView({ storyId, eventId, onEvent, onClose }: StoryViewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const { data: story, error, loading } = useApi<StoredStory>(storyUrl(storyId));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Unmounting removes the dialog, which closes it; closing it here would fire `close` and call onClose again.
  }, []);

  const spans = useMemo<Span[]>(() => {
    if (!story) return [];
    const offsets = new Map(story.sentences.map((s) => [s.index, s.offset]));
    return story.events.flatMap((e) => eventSpans(e, offsets.get(e.sentence_index) ?? 0));
  }, [story]);

  useEffect(() => {
    if (!story || !eventId) return;
    const mark = textRef.current?.querySelector('mark.hl-selected');
    mark?.scrollIntoView({ block: 'center' });
  }, [story, eventId]);

  return (
    <dialog ref={dialog} className="story-view" aria-labelledby="story-heading" onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header>
        <h2 id="story-heading">{story?.title ?? storyId}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close the story">×</button>
      </header>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {loading && !story ? <p className="muted">Loading the story…</p> : null}
      {story ? (
        <>
          <p className="meta muted">
            {[story.date ?? 'undated', story.outlet, story.origin].filter(Boolean).join(' · ')}
            {story.url ? <> · <a href={story.url} target="_blank" rel="noreferrer noopener">original</a></> : null}
            {` · ${story.events.length} events in ${story.sentences.length} sentences`}
          </p>
          <HighlightLegend />
          <div ref={textRef} className="story-text" data-story-id={story.id}>
            <Highlighted text={story.text} spans={spans} selectedEvent={eventId || undefined} />
          </div>
          {story.events.length ? (
            <div className="table-wrap">
              <table className="event-table compact">
                <caption>The story's events; pick one to mark it in the text</caption>
                <EventHeader />
                <EventRows events={story.events} current={eventId} onOpen={(e) => onEvent(e.id)} />
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}
