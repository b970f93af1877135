import { useEffect, useRef, useState } from "preact/hooks";
import { api, ok, type EditablePost, type PostForm } from "../api";
import { ErrorSummary, Select, TextArea, TextField } from "../components/fields";
import { Notice, Page, Pending, useLoad } from "../components/page";
import { dateTime } from "../format";
import { FormKey } from "../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../problems";
import { href, navigate } from "../router";

const LABELS: Record<string, string> = {
  "/title": "Title", "/bodyMarkdown": "Text", "/authorName": "Byline", "/tags": "Tags", "/cohortId": "Cohort", "/notifyCohortId": "Email it to",
};

/** Tags as typed ("Story time, mock-interviews") to the API's slugs. */
export function parseTags(text: string): string[] {
  return text.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean);
}

const STATUS_WORDS: Record<EditablePost["status"], string> = {
  DRAFT: "Draft", IN_REVIEW: "With the coordinators for review", PUBLISHED: "Published",
};

/** What the author is working on: a published post's waiting revision, or the post itself. */
function working(post: EditablePost) {
  const text = post.pendingRevision ?? post;
  return { title: text.title ?? "", bodyMarkdown: text.bodyMarkdown ?? "", authorName: text.authorName ?? "", tags: (text.tags ?? []).join(", ") };
}

/** A participant may send the post for review when it is a draft, or a published post with an edit not yet sent. */
export function canSubmit(post: EditablePost): boolean {
  if (post.submittedAt) return false;
  return post.status === "DRAFT" || (post.status === "PUBLISHED" && post.pendingRevision !== undefined);
}

/**
 * Writing a post: a draft saved and previewed as the API renders it (sanitized). A participant
 * sends it to the coordinators for review and reads here what a coordinator said when returning
 * it; an edit of their published post waits, unpublished, until a coordinator publishes it. A
 * coordinator publishes, optionally emailing a cohort. `postId` opens an existing post (the
 * returned-post email links here).
 */
export function PostEditorPage({ coordinator, postId }: { coordinator: boolean; postId?: string }) {
  const [form, setForm] = useState({ title: "", bodyMarkdown: "", authorName: "", tags: "" });
  const [post, setPost] = useState<EditablePost>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [notify, setNotify] = useState("");
  const [busy, setBusy] = useState(false);
  const key = useRef(new FormKey());
  const [cohorts] = useLoad(() => coordinator ? ok(api.GET("/cohorts", { params: { query: { limit: 100 } } })) : Promise.resolve({ items: [] }), [coordinator]);
  const [existing] = useLoad(() => postId ? ok(api.GET("/posts/{post}/draft", { params: { path: { post: postId } } })) : Promise.resolve(undefined), [postId]);
  useEffect(() => {
    if (existing.state === "ready" && existing.value !== undefined) {
      setPost(existing.value);
      setForm(working(existing.value));
    }
  }, [existing]);
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const { byField, unplaced } = fieldErrors(problem, Object.keys(LABELS));

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setProblem(undefined);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setBusy(false);
    }
  };

  const save = () => attempt(async () => {
    const body: PostForm = {
      title: form.title, bodyMarkdown: form.bodyMarkdown, tags: parseTags(form.tags),
      ...(form.authorName.trim() ? { authorName: form.authorName } : {}),
    };
    let id = post?.postId;
    const created = id === undefined;
    if (id === undefined) {
      id = (await ok(api.POST("/posts", { params: { header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body }))).postId;
    }
    // createPost answers with ids only; the post as rendered (the preview) is what an edit answers.
    const saved = await ok(api.PUT("/posts/{post}", { params: { path: { post: id } }, body }));
    setPost(saved);
    setNotice(saved.status === "PUBLISHED" && saved.pendingRevision && !coordinator
      ? "Edit saved. The published post stays as it is until a coordinator publishes your edit: send it for review."
      : "Draft saved. The preview below is how readers will see it.");
    // Only once the edit is stored: the post's own page reads it, and a "Send for review" there
    // must not race this save (it was refused as changed meanwhile, 409, when it did).
    if (created && !coordinator) navigate(`me/posts/${encodeURIComponent(id)}`, { replace: true });
  });

  const submit = () => attempt(async () => {
    if (post?.postId === undefined) return;
    setPost(await ok(api.POST("/posts/{post}/submit", { params: { path: { post: post.postId } } })));
    setNotice("Sent for review: the coordinators were emailed. You can still edit it while it waits.");
  });

  const publish = () => attempt(async () => {
    if (post?.postId === undefined) return;
    const published = await ok(api.POST("/posts/{post}/publish", { params: { path: { post: post.postId } }, body: notify ? { notifyCohortId: notify } : {} }));
    setPost(published);
    setNotice(`Published${published.newslettersQueued ? `, and ${published.newslettersQueued} newsletters queued` : ""}.`);
  });

  if (postId && existing.state !== "ready") return <Page title="Post"><Pending loaded={existing} /></Page>;
  return (
    <Page title={post ? `Editing “${post.pendingRevision?.title ?? post.title}”` : "Write a post"}>
      {problem && <ErrorSummary title={problem.errors ? "The post was not saved" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={LABELS} />}
      {notice && <Notice>{notice} {post?.status === "PUBLISHED" && !post.pendingRevision && <a href={href(`posts/${post.slug}`)}>Read it on the site</a>}</Notice>}
      {post?.returnComment && !post.submittedAt && (
        <section aria-labelledby="returned" class="notice info">
          <h2 id="returned" class="h4">A coordinator returned it with this comment</h2>
          <p class="comment">{post.returnComment}</p>
        </section>
      )}
      {post && (
        <p class="status-line">Status: <span class={`badge status-${post.status.toLowerCase().replace("_", "-")}`}>{STATUS_WORDS[post.status]}</span>
          {post.submittedAt && <> since {dateTime(post.submittedAt)}</>}
          {post.status === "PUBLISHED" && post.pendingRevision && <> · your edit is not published yet</>}
        </p>
      )}
      <div class="editor">
        <form class="form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <TextField pointer="/title" label="Title" value={form.title} onInput={set("title")} error={byField.get("/title")} />
          <TextArea pointer="/bodyMarkdown" label="Text" hint="Markdown: # headings, **bold**, [links](https://…), lists." rows={12} value={form.bodyMarkdown} onInput={set("bodyMarkdown")} error={byField.get("/bodyMarkdown")} />
          <TextField pointer="/authorName" label="Byline" optional={!coordinator}
            hint={coordinator ? "e.g. Program Coordinators" : "Your name as on your application; leave blank to use it."}
            value={form.authorName} onInput={set("authorName")} error={byField.get("/authorName")} />
          <TextField pointer="/tags" label="Tags" optional hint="Separated by commas, e.g. mock-interviews, storytime" value={form.tags} onInput={set("tags")} error={byField.get("/tags")} />
          <button type="submit" disabled={busy}>Save draft and preview</button>
        </form>
        {post && (
          <section aria-labelledby="preview" class="preview">
            <h2 id="preview">Preview{post.pendingRevision && <span class="badge">your edit, not yet published</span>}</h2>
            <article class="post-body" dangerouslySetInnerHTML={{ __html: post.pendingRevision?.html ?? post.html ?? "" }} />
          </section>
        )}
      </div>
      {post && coordinator && (
        <section aria-labelledby="publishing">
          <h2 id="publishing">Publishing</h2>
          <Select pointer="/notifyCohortId" label="Email it to a cohort's matched participants" optional placeholder="Nobody: only publish"
            options={cohorts.state === "ready" ? cohorts.value.items.map((c) => [c.cohortId, c.name] as const) : []}
            value={notify} onChange={setNotify} error={byField.get("/notifyCohortId")} />
          <button type="button" class="primary" onClick={() => void publish()} disabled={busy}>Publish</button>
        </section>
      )}
      {post && !coordinator && (
        <section aria-labelledby="review">
          <h2 id="review">Review</h2>
          {canSubmit(post)
            ? <>
                <p>When it is ready, send it to the coordinators: they publish it or return it to you with a comment.</p>
                <button type="button" class="primary" onClick={() => void submit()} disabled={busy}>Send for review</button>
              </>
            : <p>{post.submittedAt ? "It is with the coordinators; you will get an email if they return it." : "Published. An edit you save waits for a coordinator before it goes live."}</p>}
        </section>
      )}
    </Page>
  );
}
