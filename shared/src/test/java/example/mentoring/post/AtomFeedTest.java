package example.mentoring.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("The Atom feed of posts")
class AtomFeedTest {

    private static final String NS = AtomFeed.ATOM_NS;
    private static final FeedInfo FEED = new FeedInfo(
            "Mentoring News", "https://mentoring.example.org/feed.atom", "https://mentoring.example.org/",
            "tag:mentoring.example.org,2026:feed");
    private static final Instant JAN = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-20T18:30:00Z");

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String childText(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        assertNotNull(nodes.item(0), "missing <" + name + ">");
        return nodes.item(0).getTextContent();
    }

    private static FeedEntry entry(String id, String title, Instant updated) {
        return new FeedEntry(id, title, "https://mentoring.example.org/posts/" + id.hashCode(),
                "A summary", "<p>Body &amp; <em>more</em></p>", "Grace Hopper", JAN, updated,
                List.of("events", "mentors"));
    }

    @Test
    @DisplayName("the feed is Atom-namespaced and carries title, id, links and the newest entry's update time")
    void feedElements() throws Exception {
        String xml = AtomFeed.write(FEED, List.of(entry("urn:post:1", "Kick-off", JAN), entry("urn:post:2", "Wrap-up", FEB)), JAN);
        Element root = parse(xml).getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Mentoring News", childText(root, "title"));
        assertEquals("tag:mentoring.example.org,2026:feed", root.getElementsByTagNameNS(NS, "id").item(0).getTextContent());
        assertEquals("2026-02-20T18:30:00Z", root.getElementsByTagNameNS(NS, "updated").item(0).getTextContent());
        Element self = (Element) root.getElementsByTagNameNS(NS, "link").item(0);
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("https://mentoring.example.org/feed.atom", self.getAttribute("href"));
        assertEquals(2, root.getElementsByTagNameNS(NS, "entry").getLength());
    }

    @Test
    @DisplayName("each entry has id, title, link, dates, author, summary, HTML content and categories")
    void entryElements() throws Exception {
        Element entry = (Element) parse(AtomFeed.write(FEED, List.of(entry("urn:post:1", "Kick-off", FEB)), JAN))
                .getElementsByTagNameNS(NS, "entry").item(0);
        assertEquals("urn:post:1", childText(entry, "id"));
        assertEquals("Kick-off", childText(entry, "title"));
        assertEquals("2026-01-10T09:00:00Z", childText(entry, "published"));
        assertEquals("2026-02-20T18:30:00Z", childText(entry, "updated"));
        assertEquals("Grace Hopper", childText((Element) entry.getElementsByTagNameNS(NS, "author").item(0), "name"));
        assertEquals("A summary", childText(entry, "summary"));
        Element link = (Element) entry.getElementsByTagNameNS(NS, "link").item(0);
        assertEquals("alternate", link.getAttribute("rel"));
        Element content = (Element) entry.getElementsByTagNameNS(NS, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p>Body &amp; <em>more</em></p>", content.getTextContent());
        NodeList categories = entry.getElementsByTagNameNS(NS, "category");
        assertEquals(2, categories.getLength());
        assertEquals("events", ((Element) categories.item(0)).getAttribute("term"));
    }

    @Test
    @DisplayName("titles with <, &, quotes and non-ASCII letters survive the round trip")
    void escaping() throws Exception {
        String title = "Mentors <3 mentees & \"quotes\" 'too' — Zoë, Łukasz, 日本 🎉";
        FeedEntry tricky = new FeedEntry("urn:post:3", title, "https://mentoring.example.org/p?a=1&b=2",
                null, null, "Zoë \"Z\" <O'Neil>", null, FEB, List.of("a&b", "\"q\""));
        Document doc = parse(AtomFeed.write(new FeedInfo(title, FEED.selfUrl(), FEED.siteUrl(), FEED.feedId()), List.of(tricky), JAN));
        Element entry = (Element) doc.getElementsByTagNameNS(NS, "entry").item(0);
        assertEquals(title, childText(doc.getDocumentElement(), "title"));
        assertEquals(title, childText(entry, "title"));
        assertEquals("Zoë \"Z\" <O'Neil>", childText(entry, "name"));
        assertEquals("https://mentoring.example.org/p?a=1&b=2",
                ((Element) entry.getElementsByTagNameNS(NS, "link").item(0)).getAttribute("href"));
        assertEquals("\"q\"", ((Element) entry.getElementsByTagNameNS(NS, "category").item(1)).getAttribute("term"));
        assertEquals(0, entry.getElementsByTagNameNS(NS, "summary").getLength());
    }

    @Test
    @DisplayName("control characters in a title are dropped so the feed stays well-formed")
    void controlCharacters() throws Exception {
        FeedEntry withControls = entry("urn:post:4", "Bell\u0007 and null\u0000 and lone \uD800 surrogate", FEB);
        Document doc = parse(AtomFeed.write(FEED, List.of(withControls), JAN));
        assertEquals("Bell and null and lone  surrogate",
                childText((Element) doc.getElementsByTagNameNS(NS, "entry").item(0), "title"));
    }

    @Test
    @DisplayName("an empty feed uses the given update time")
    void emptyFeed() throws Exception {
        Document doc = parse(AtomFeed.write(FEED, List.of(), JAN));
        assertEquals("2026-01-10T09:00:00Z", childText(doc.getDocumentElement(), "updated"));
        assertEquals(0, doc.getElementsByTagNameNS(NS, "entry").getLength());
    }
}
