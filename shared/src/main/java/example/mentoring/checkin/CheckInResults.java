package example.mentoring.checkin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What coordinators read of a check-in: how many it was sent to, how many answered, and per
 * question the distribution of the answers. Figures come from respondents only as groups of at
 * least {@link #MIN_RESPONDENTS}: any figure drawn from fewer (the response count and rate, and
 * everything about a question fewer answered) is {@link #SUPPRESSED}, so nobody can be singled
 * out. Written answers come without names or ids, in random order; nothing here knows who wrote
 * what.
 *
 * @param responded   a count, or {@code "<5"}
 * @param responseRate respondents / recipients (0–1, two decimals), or {@code "<5"}
 */
public record CheckInResults(String checkInId, String cohortId, String title, LocalDate sendOn, Instant sentAt,
                             int invited, Object responded, Object responseRate, List<QuestionResult> questions) {

    public static final int MIN_RESPONDENTS = 5;
    public static final String SUPPRESSED = "<5";

    /**
     * One question's figures: {@code respondents} (who answered it), and by kind {@code counts}
     * (scale: per value 1–5; choice: per option), {@code mean} (scale) or {@code answers} (text),
     * each a figure or {@code "<5"}.
     */
    public record QuestionResult(String questionId, String text, QuestionKind kind, Object respondents, Object counts,
                                 Object mean, Object answers) {
    }

    /** The results of {@code checkIn} from its recipients; {@code random} orders the written answers. */
    public static CheckInResults of(CheckIn checkIn, List<Respondent> recipients, Random random) {
        List<Map<String, Object>> answered = recipients.stream().filter(Respondent::answered).map(Respondent::answers).toList();
        boolean enough = answered.size() >= MIN_RESPONDENTS;
        Object rate = enough ? BigDecimal.valueOf(answered.size()).divide(BigDecimal.valueOf(recipients.size()), 2,
                RoundingMode.HALF_UP) : SUPPRESSED;
        List<QuestionResult> questions = checkIn.questions().stream()
                .map(q -> ofQuestion(q, answered.stream().filter(a -> a.containsKey(q.questionId()))
                        .map(a -> a.get(q.questionId())).toList(), random))
                .toList();
        return new CheckInResults(checkIn.checkInId(), checkIn.cohortId(), checkIn.title(), checkIn.sendOn(),
                checkIn.sentAt().orElse(null), recipients.size(), enough ? answered.size() : SUPPRESSED, rate, questions);
    }

    static QuestionResult ofQuestion(Question question, List<Object> values, Random random) {
        if (values.size() < MIN_RESPONDENTS) {
            boolean scale = question.kind() == QuestionKind.SCALE_1_5;
            boolean text = question.kind() == QuestionKind.TEXT;
            return new QuestionResult(question.questionId(), question.text(), question.kind(), SUPPRESSED,
                    text ? null : SUPPRESSED, scale ? SUPPRESSED : null, text ? SUPPRESSED : null);
        }
        return switch (question.kind()) {
            case SCALE_1_5 -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (int value = 1; value <= 5; value++) {
                    counts.put(Integer.toString(value), 0);
                }
                long sum = 0;
                for (Object value : values) {
                    int v = ((Number) value).intValue();
                    counts.merge(Integer.toString(v), 1, Integer::sum);
                    sum += v;
                }
                BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
                yield new QuestionResult(question.questionId(), question.text(), question.kind(), values.size(), counts,
                        mean, null);
            }
            case CHOICE -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                question.options().forEach(option -> counts.put(option, 0));
                values.forEach(value -> counts.computeIfPresent(value.toString(), (k, c) -> c + 1));
                yield new QuestionResult(question.questionId(), question.text(), question.kind(), values.size(), counts,
                        null, null);
            }
            case TEXT -> {
                List<String> answers = new ArrayList<>(values.stream().map(Object::toString).toList());
                Collections.shuffle(answers, random);
                yield new QuestionResult(question.questionId(), question.text(), question.kind(), values.size(), null,
                        null, answers);
            }
        };
    }
}
