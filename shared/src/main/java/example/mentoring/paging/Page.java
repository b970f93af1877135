package example.mentoring.paging;

import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Invalid;
import java.util.List;
import java.util.Optional;

/** One page of a list: {@code {"items": [...], "nextToken": "..."}}. */
public record Page<T>(List<T> items, String nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    /** Every item, fetching page after page (for the few reads that need a whole list). */
    public static <T> List<T> all(java.util.function.Function<Request, Page<T>> fetch) {
        List<T> all = new java.util.ArrayList<>();
        Request request = Request.UNBOUNDED;
        while (true) {
            Page<T> page = fetch.apply(request);
            all.addAll(page.items());
            if (page.nextToken() == null) {
                return all;
            }
            request = new Request(Request.UNBOUNDED.limit(), Optional.of(page.nextToken()));
        }
    }

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextToken);
    }

    /** What the caller asked for: {@code ?limit=} 1–100 (default 50) and an opaque {@code ?nextToken=}. */
    public record Request(int limit, Optional<String> nextToken) {

        public static final int DEFAULT_LIMIT = 50;
        public static final int MAX_LIMIT = 100;

        /**
         * Whole pages as the store gives them (up to 1 MB each), for internal reads of a whole
         * list: a hundred items a request would make ten thousand items a hundred requests.
         */
        public static final Request UNBOUNDED = new Request(0, Optional.empty());

        /** Whether the caller asked for at most {@link #limit()} items. */
        public boolean limited() {
            return limit > 0;
        }

        public static Request first(int limit) {
            return new Request(limit, Optional.empty());
        }

        /** The request of {@code ?limit=} and {@code ?nextToken=}: a limit outside 1–100 is refused, naming the field. */
        public static Request from(Optional<String> limit, Optional<String> nextToken) {
            int parsed = DEFAULT_LIMIT;
            if (limit.isPresent()) {
                try {
                    parsed = Integer.parseInt(limit.get().strip());
                } catch (NumberFormatException e) {
                    parsed = -1;
                }
                if (parsed < 1 || parsed > MAX_LIMIT) {
                    throw new Invalid(List.of(new FieldError("limit", "must be a whole number from 1 to 100")));
                }
            }
            return new Request(parsed, nextToken.filter(t -> !t.isBlank()));
        }
    }
}
