import { useState } from "preact/hooks";
import { api, ok, type EditablePost } from "../../api";
import { TextArea } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { describe } from "../../problems";

/**
 * Coordinators: what participants sent for review, the longest-waiting first; each read as it
 * would be published, then published or returned to its author with a comment (emailed to them).
 */
export function ReviewQueuePage() {
  const [queue, reload] = useLoad(() => ok(api.GET("/review-queue", { params: { query: { limit: 100 } } })), []);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  const done = (text: string) => { setMessage({ kind: "success", text }); reload(); };
  const failed = (e: unknown) => setMessage({ kind: "error", text: describe(e) });
  return (
    <Page title="Review queue">
      <p>Posts that participants sent for review, the longest-waiting first. Publish one as it is, or return it to its author with a comment: they get it by email and find it beside their draft.</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Pending loaded={queue} />
      {queue.state === "ready" && (queue.value.items.length === 0
        ? <p>Nothing waits for review.</p>
        : <ul class="review-queue">{queue.value.items.map((post) => <Waiting key={post.postId} post={post} onDone={done} onFailed={failed} />)}</ul>)}
    </Page>
  );
}

function Waiting({ post, onDone, onFailed }: { post: EditablePost; onDone: (text: string) => void; onFailed: (e: unknown) => void }) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const text = post.pendingRevision ?? post;
  const title = text.title ?? "";
  const headingId = `review-${post.postId}`;
  const act = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      onDone(success);
    } catch (e) {
      onFailed(e);
    } finally {
      setBusy(false);
    }
  };
  const giveBack = () => {
    if (!comment.trim()) {
      setError("Write what the author should change.");
      return;
    }
    setError(undefined);
    void act(() => ok(api.POST("/posts/{post}/return", { params: { path: { post: post.postId! } }, body: { comment } })),
      `“${title}” went back to ${text.authorName} with your comment.`);
  };
  return (
    <li class="card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <p class="meta">{text.authorName} · sent {dateTime(post.submittedAt)}{post.pendingRevision && <> · <strong>an edit of a published post</strong> (the published text stays until you publish)</>}</p>
        <div class="post-body" dangerouslySetInnerHTML={{ __html: text.html ?? "" }} />
      </article>
      <TextArea pointer={`/comment-${post.postId}`} label={`Comment for ${text.authorName}`} hint="What should change? Needed to return the post." rows={3}
        value={comment} onInput={setComment} error={error} />
      <p class="actions">
        <button type="button" disabled={busy} onClick={giveBack}>Return to the author</button>{" "}
        <button type="button" class="primary" disabled={busy}
          onClick={() => void act(() => ok(api.POST("/posts/{post}/publish", { params: { path: { post: post.postId! } }, body: {} })), `“${title}” is published.`)}>
          Publish “{title}”
        </button>
      </p>
    </li>
  );
}
