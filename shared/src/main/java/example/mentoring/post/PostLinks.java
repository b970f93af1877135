package example.mentoring.post;

/** Where posts are read (the program's site) and where the API's unsubscribe endpoint answers. */
public record PostLinks(String siteBaseUrl, String apiBaseUrl) {

    public PostLinks {
        siteBaseUrl = siteBaseUrl.replaceAll("/+$", "");
        apiBaseUrl = apiBaseUrl.replaceAll("/+$", "");
    }

    public String site() {
        return siteBaseUrl;
    }

    public String post(String slug) {
        return siteBaseUrl + "/posts/" + slug;
    }

    public String unsubscribe(String token) {
        return apiBaseUrl + "/unsubscribe?token=" + token;
    }

    public String feed() {
        return apiBaseUrl + "/feed.atom";
    }
}
