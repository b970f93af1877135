import { useRef, useState } from "preact/hooks";
import { api, ok, type EditablePost, type PostForm } from "../api";
import { ErrorSummary, Select, TextArea, TextField } from "../components/fields";
import { Coming, Notice, Page, useLoad } from "../components/page";
import { FormKey } from "../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../problems";
import { href } from "../router";

const LABELS: Record<string, string> = {
  "/title": "Title", "/bodyMarkdown": "Text", "/authorName": "Byline", "/tags": "Tags", "/cohortId": "Cohort", "/notifyCohortId": "Email it to",
};

/** Tags as typed ("Story time, mock-interviews") to the API's slugs. */
export function parseTags(text: string): string[] {
  return text.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean);
}

/**
 * Writing a post: a draft saved and previewed as the API renders it (sanitized), then published by a
 * coordinator, optionally emailed to a cohort. Participants draft; review is coming.
 */
export function PostEditorPage({ coordinator }: { coordinator: boolean }) {
  const [form, setForm] = useState({ title: "", bodyMarkdown: "", authorName: "", tags: "" });
  const [post, setPost] = useState<EditablePost>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [notify, setNotify] = useState("");
  const [busy, setBusy] = useState(false);
  const key = useRef(new FormKey());
  const [cohorts] = useLoad(() => coordinator ? ok(api.GET("/cohorts", { params: { query: { limit: 100 } } })) : Promise.resolve({ items: [] }), [coordinator]);
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
    let postId = post?.postId;
    if (postId === undefined) {
      const created = await ok(api.POST("/posts", { params: { header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body }));
      postId = created.postId;
    }
    // createPost answers with ids only; the post as rendered (the preview) is what an edit answers.
    setPost(await ok(api.PUT("/posts/{post}", { params: { path: { post: postId } }, body })));
    setNotice("Draft saved. The preview below is how readers will see it.");
  });

  const publish = () => attempt(async () => {
    if (post?.postId === undefined) return;
    const published = await ok(api.POST("/posts/{post}/publish", { params: { path: { post: post.postId } }, body: notify ? { notifyCohortId: notify } : {} }));
    setPost(published);
    setNotice(`Published${published.newslettersQueued ? `, and ${published.newslettersQueued} newsletters queued` : ""}.`);
  });

  return (
    <Page title={post ? `Editing “${post.title}”` : "Write a post"}>
      {problem && <ErrorSummary title={problem.errors ? "The post was not saved" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={LABELS} />}
      {notice && <Notice>{notice} {post?.status === "PUBLISHED" && <a href={href(`posts/${post.slug}`)}>Read it on the site</a>}</Notice>}
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
            <h2 id="preview">Preview <span class="badge">{post.status}</span></h2>
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
      {post && !coordinator && <p>Sending it to the coordinators for review: <Coming what="post review (submit and return)" /></p>}
    </Page>
  );
}
