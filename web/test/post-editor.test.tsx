import { render } from "preact";
import { afterEach, expect, it, vi } from "vitest";
import { configureApi } from "../src/api";
import { until } from "./until";
import { PostEditorPage } from "../src/pages/PostEditorPage";

const POST_ID = "p01jabcdefghjkmnpqrstvwxyz0";
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const draft = {
  postId: POST_ID, slug: "what-storytime-taught-me", status: "DRAFT", title: "What storytime taught me",
  bodyMarkdown: "I have *opinions*.", html: "<p>I have <em>opinions</em>.</p>", summary: "I have opinions.",
  authorName: "Marlowe Reyes", tags: [], createdAt: "2027-04-01T10:00:00Z", updatedAt: "2027-04-01T10:00:00Z",
};

afterEach(() => vi.unstubAllGlobals());


it("moves a participant's new post to its own page only once its first save is stored (a send for review there raced the save, 409)", async () => {
  let finishSave: (() => void) | undefined;
  const calls: string[] = [];
  vi.stubGlobal("fetch", async (request: Request) => {
    const path = new URL(request.url).pathname;
    calls.push(`${request.method} ${path}`);
    if (request.method === "POST" && path === "/posts") return json(201, { postId: POST_ID });
    if (request.method === "PUT") {
      await new Promise<void>((resolve) => { finishSave = resolve; });
      return json(200, draft);
    }
    return json(404, { type: "about:blank", title: "Not found", status: 404 });
  });
  configureApi("http://api.test");
  history.replaceState(null, "", "/app/me/posts/new");
  const where = location.pathname;
  const root = document.createElement("div");
  document.body.append(root);
  render(<PostEditorPage coordinator={false} />, root);

  const input = (label: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${[...root.querySelectorAll("label")]
      .find((l) => l.textContent!.startsWith(label))!.htmlFor}`)!;
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  };
  input("Title", draft.title);
  input("Text", draft.bodyMarkdown);
  root.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));

  await until(() => finishSave !== undefined, "the save's PUT");
  expect(calls).toEqual(["POST /posts", `PUT /posts/${POST_ID}`]);
  expect(location.pathname).toBe(where);
  finishSave!();
  await until(() => location.pathname.endsWith(`/me/posts/${POST_ID}`), "the post's own page");
  render(null, root);
});
