package example.mentoring.priming;

import example.mentoring.post.MarkdownRenderer;

/** Primes the Markdown pipeline (CommonMark, its extensions, the sanitizer) by rendering a post in memory. */
public final class MarkdownPriming {

    /** Every construct a post uses: headings, emphasis, lists, a table, links and an autolink. */
    static final String SAMPLE = """
            ## Applications open

            Applications are open for **Fall 2027**, the next cohort. _Mentors_ guide one to three mentees.

            - **Deadline:** February 24, 2027
            - **The program runs:** March 15, 2027 to March 14, 2028

            | role | commitment |
            |---|---|
            | mentor | a year |

            > Pairs meet about once a month.

            [Apply now](https://mentoring.example/apply) or read https://mentoring.example/faq
            """;

    private MarkdownPriming() {
    }

    public static void renderSample() {
        new MarkdownRenderer().render(SAMPLE);
    }
}
