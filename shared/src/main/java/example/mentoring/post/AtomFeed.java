package example.mentoring.post;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 (RFC 4287) feed of posts.
 *
 * <p>Uses the JDK's StAX writer rather than string templates so that escaping of titles and HTML
 * content is the XML library's job, not ours.
 */
public final class AtomFeed {

    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private static final XMLOutputFactory OUTPUT_FACTORY = XMLOutputFactory.newFactory();

    private AtomFeed() {
    }

    /**
     * The feed document.
     *
     * @param updatedWhenEmpty the feed's {@code updated} when there are no entries; otherwise the
     *                         newest entry's {@code updated} is used so the feed changes only when a post does
     */
    public static String write(FeedInfo feed, List<FeedEntry> entries, Instant updatedWhenEmpty) {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(updatedWhenEmpty, "updatedWhenEmpty");
        Instant feedUpdated = entries.stream()
                .map(FeedEntry::updated)
                .max(Comparator.naturalOrder())
                .orElse(updatedWhenEmpty);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT_FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM_NS);
            xml.writeStartElement(ATOM_NS, "feed");
            xml.writeDefaultNamespace(ATOM_NS);
            text(xml, "title", feed.title());
            link(xml, "self", "application/atom+xml", feed.selfUrl());
            link(xml, "alternate", "text/html", feed.siteUrl());
            text(xml, "id", feed.feedId());
            text(xml, "updated", timestamp(feedUpdated));
            for (FeedEntry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, "entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        link(xml, "alternate", "text/html", entry.url());
        if (entry.published() != null) {
            text(xml, "published", timestamp(entry.published()));
        }
        text(xml, "updated", timestamp(entry.updated()));
        xml.writeStartElement(ATOM_NS, "author");
        text(xml, "name", entry.authorName());
        xml.writeEndElement();
        for (String tag : entry.tags()) {
            xml.writeEmptyElement(ATOM_NS, "category");
            xml.writeAttribute("term", xmlSafe(tag));
        }
        if (entry.summary() != null) {
            text(xml, "summary", entry.summary());
        }
        if (entry.html() != null) {
            xml.writeStartElement(ATOM_NS, "content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(xmlSafe(entry.html()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM_NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * Drops characters XML 1.0 cannot carry even escaped (most C0 controls, lone surrogates),
     * which StAX would otherwise write verbatim and so make the whole feed unparseable.
     */
    static String xmlSafe(String s) {
        StringBuilder clean = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (allowed && clean != null) {
                clean.appendCodePoint(cp);
            }
            i += width;
        }
        return clean == null ? s : clean.toString();
    }
}
