import { api, apiHref, ok } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { date } from "../../format";
import { href } from "../../router";

/** Anyone: the program's newsletter and blog, newest first, with the Atom feed. */
export function PostsPage() {
  const [posts] = useLoad(() => ok(api.GET("/posts", { params: { query: { limit: 50 } } })), []);
  return (
    <Page title="Posts">
      <p>News from the program and stories by its mentors and mentees. <a href={apiHref("/feed.atom")} type="application/atom+xml">Subscribe to the Atom feed</a>.</p>
      <Pending loaded={posts} />
      {posts.state === "ready" && posts.value.items.length === 0 && <p>No posts yet.</p>}
      <ul class="cards">
        {posts.state === "ready" && posts.value.items.map((post) => (
          <li class="card" key={post.postId}>
            <h2 class="h3"><a href={href(`posts/${encodeURIComponent(post.slug)}`)}>{post.title}</a></h2>
            <p class="meta">{post.authorName} · <time dateTime={post.publishedAt}>{date(post.publishedAt)}</time></p>
            <p>{post.summary}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** One published post; its HTML was rendered and sanitized by the API. */
export function PostPage({ slug }: { slug: string }) {
  const [post] = useLoad(() => ok(api.GET("/posts/{post}", { params: { path: { post: slug } } })), [slug]);
  if (post.state !== "ready") return <Page title="Post"><Pending loaded={post} /></Page>;
  const p = post.value;
  return (
    <Page title={p.title}>
      <p class="meta">{p.authorName} · <time dateTime={p.publishedAt}>{date(p.publishedAt)}</time></p>
      <article class="post-body" dangerouslySetInnerHTML={{ __html: p.html }} />
      <p><a href={href("posts")}>All posts</a></p>
    </Page>
  );
}
