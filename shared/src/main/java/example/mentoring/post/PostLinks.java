package example.mentoring.post;

/** Where posts are read (the program's site) and where the API's unsubscribe endpoint answers. */
public record PostLinks(String siteBaseUrl, String apiBaseUrl) {

    public PostLinks {
        siteBaseUrl = siteBaseUrl.replaceAll("/+$", "");
        apiBaseUrl = apiBaseUrl.replaceAll("/+$", "");
    }

    /** The web app's application form of a cohort. */
    public String apply(String cohortId) {
        return siteBaseUrl + "/app/cohorts/" + cohortId + "/apply";
    }

    public String site() {
        return siteBaseUrl;
    }

    public String post(String slug) {
        return siteBaseUrl + "/posts/" + slug;
    }

    /** The web app's review queue, where coordinators publish or return what participants sent. */
    public String reviewQueue() {
        return siteBaseUrl + "/app/coordinate/review";
    }

    /** The web app's posts page for coordinators, where drafts are edited and published. */
    public String coordinatorPosts() {
        return siteBaseUrl + "/app/coordinate/posts";
    }

    /** The web app's editor of one post, where its author picks up a returned draft. */
    public String editor(String postId) {
        return siteBaseUrl + "/app/me/posts/" + postId;
    }

    public String unsubscribe(String token) {
        return apiBaseUrl + "/unsubscribe?token=" + token;
    }

    public String feed() {
        return apiBaseUrl + "/feed.atom";
    }
}
